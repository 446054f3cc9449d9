import { MigrationInterface, QueryRunner } from "typeorm";

export class LoginFailuresPerClientAndDisabledBy1796689548603 implements MigrationInterface {
    name = 'LoginFailuresPerClientAndDisabledBy1796689548603'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "login_failure" (
                "account_key" character(64) NOT NULL,
                "client_address" character varying(64) NOT NULL,
                "failed_count" integer NOT NULL,
                "locked_until" TIMESTAMP WITH TIME ZONE,
                "last_failed_at" TIMESTAMP WITH TIME ZONE,
                "known_until" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_login_failure" PRIMARY KEY ("account_key", "client_address")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_login_failure_last_failed_at" ON "login_failure" ("last_failed_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "failed_login_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "locked_until"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "disabled_by_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "fk_app_user_disabled_by" FOREIGN KEY ("disabled_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Who disabled each account already disabled, from the audit trail: without it a scope admin could not undo its own decisions.
        await queryRunner.query(`
            UPDATE "app_user" u SET "disabled_by_id" = (
                SELECT e."actor_id" FROM "audit_event" e
                JOIN "app_user" actor ON actor."id" = e."actor_id"
                WHERE e."action" = 'user.disabled' AND e."subject_type" = 'user' AND e."subject_id" = u."id"::text
                ORDER BY e."id" DESC LIMIT 1)
            WHERE u."disabled_at" IS NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_disabled_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "disabled_by_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "locked_until" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "failed_login_count" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_login_failure_last_failed_at"
        `);
        await queryRunner.query(`
            DROP TABLE "login_failure"
        `);
    }

}
