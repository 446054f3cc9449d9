import { MigrationInterface, QueryRunner } from "typeorm";

export class Projects1795639405362 implements MigrationInterface {
    name = 'Projects1795639405362'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."project_need_kind" AS ENUM(
                'MENTORING',
                'PREMISES',
                'EQUIPMENT',
                'FIRST_CUSTOMERS',
                'CREDIT',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."project_need_status" AS ENUM('OPEN', 'MET')
        `);
        await queryRunner.query(`
            CREATE TABLE "project_need" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "kind" "public"."project_need_kind" NOT NULL,
                "detail" character varying(500),
                "status" "public"."project_need_status" NOT NULL DEFAULT 'OPEN',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_project_need" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_project_need_status" ON "project_need" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_project_need_project_id" ON "project_need" ("project_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."project_stage" AS ENUM(
                'IDEA',
                'PLANNING',
                'STARTING',
                'RUNNING',
                'CLOSED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "project" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "ateco_section" character(1) NOT NULL,
                "district_code" character varying(40) NOT NULL,
                "stage" "public"."project_stage" NOT NULL DEFAULT 'IDEA',
                "description" character varying(1000) NOT NULL,
                "open_need_count" integer NOT NULL DEFAULT '0',
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_project_open_need_count" CHECK (open_need_count >= 0),
                CONSTRAINT "ck_project_ateco_section" CHECK (ateco_section ~ '^[A-U]$'),
                CONSTRAINT "pk_project" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_project_open_need_count" ON "project" ("open_need_count")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_project_district_code" ON "project" ("district_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_project_organisation_id" ON "project" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."project_offer_status" AS ENUM('OFFERED', 'ACCEPTED', 'DECLINED')
        `);
        await queryRunner.query(`
            CREATE TABLE "project_offer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "need_id" uuid NOT NULL,
                "company_id" uuid NOT NULL,
                "offered_by_id" uuid NOT NULL,
                "note" character varying(500) NOT NULL,
                "status" "public"."project_offer_status" NOT NULL DEFAULT 'OFFERED',
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_project_offer" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_project_offer_company_id" ON "project_offer" ("company_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_project_offer_need_id" ON "project_offer" ("need_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_project_offer_project_id" ON "project_offer" ("project_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "project_need"
            ADD CONSTRAINT "fk_project_need_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "fk_project_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "fk_project_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_offer"
            ADD CONSTRAINT "fk_project_offer_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_offer"
            ADD CONSTRAINT "fk_project_offer_need" FOREIGN KEY ("need_id") REFERENCES "project_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_offer"
            ADD CONSTRAINT "fk_project_offer_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "project_offer" DROP CONSTRAINT "fk_project_offer_company"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_offer" DROP CONSTRAINT "fk_project_offer_need"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_offer" DROP CONSTRAINT "fk_project_offer_project"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "fk_project_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "fk_project_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_need" DROP CONSTRAINT "fk_project_need_project"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_project_offer_project_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_project_offer_need_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_project_offer_company_id"
        `);
        await queryRunner.query(`
            DROP TABLE "project_offer"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."project_offer_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_project_organisation_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_project_district_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_project_open_need_count"
        `);
        await queryRunner.query(`
            DROP TABLE "project"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."project_stage"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_project_need_project_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_project_need_status"
        `);
        await queryRunner.query(`
            DROP TABLE "project_need"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."project_need_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."project_need_kind"
        `);
    }

}
