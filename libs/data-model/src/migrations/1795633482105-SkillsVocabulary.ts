import { MigrationInterface, QueryRunner } from "typeorm";

// unaccent folds accents in the skills search (saldatúra finds Saldatura); it is a trusted
// extension, so a database owner without superuser rights can create it on managed servers.
export class SkillsVocabulary1795633482105 implements MigrationInterface {
    name = 'SkillsVocabulary1795633482105'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE EXTENSION IF NOT EXISTS unaccent
        `);
        await queryRunner.query(`
            CREATE TABLE "skill_group" (
                "code" character varying(40) NOT NULL,
                "label" character varying(120) NOT NULL,
                CONSTRAINT "pk_skill_group" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "skill" (
                "id" character varying(80) NOT NULL,
                "label" character varying(120) NOT NULL,
                "group_code" character varying(40) NOT NULL,
                "synonyms" text array NOT NULL,
                CONSTRAINT "pk_skill" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_skill_group_code" ON "skill" ("group_code")
        `);
        await queryRunner.query(`
            ALTER TABLE "skill"
            ADD CONSTRAINT "fk_skill_group" FOREIGN KEY ("group_code") REFERENCES "skill_group"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "skill" DROP CONSTRAINT "fk_skill_group"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_skill_group_code"
        `);
        await queryRunner.query(`
            DROP TABLE "skill"
        `);
        await queryRunner.query(`
            DROP TABLE "skill_group"
        `);
    }

}
