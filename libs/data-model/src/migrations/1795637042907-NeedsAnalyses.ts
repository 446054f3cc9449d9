import { MigrationInterface, QueryRunner } from "typeorm";

export class NeedsAnalyses1795637042907 implements MigrationInterface {
    name = 'NeedsAnalyses1795637042907'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."needs_analysis_line_kind" AS ENUM('TIROCINIO', 'AVVICINAMENTO_AL_LAVORO', 'JOB')
        `);
        await queryRunner.query(`
            CREATE TABLE "needs_analysis_line" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "analysis_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "occupation" character varying(120) NOT NULL,
                "skill_ids" text array NOT NULL,
                "head_count" integer NOT NULL,
                "district_code" character varying(40) NOT NULL,
                "kind" "public"."needs_analysis_line_kind" NOT NULL,
                CONSTRAINT "ck_needs_analysis_line_head_count" CHECK (
                    head_count BETWEEN 1 AND 1000
                ),
                CONSTRAINT "pk_needs_analysis_line" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_needs_analysis_line_district_code" ON "needs_analysis_line" ("district_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_needs_analysis_line_analysis_id" ON "needs_analysis_line" ("analysis_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."needs_analysis_status" AS ENUM('DRAFT', 'SUBMITTED', 'SUPERSEDED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."needs_priority" AS ENUM('LOW', 'MEDIUM', 'HIGH')
        `);
        await queryRunner.query(`
            CREATE TABLE "needs_analysis" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "company_id" uuid NOT NULL,
                "period" character varying(7) NOT NULL,
                "version" integer NOT NULL,
                "status" "public"."needs_analysis_status" NOT NULL DEFAULT 'DRAFT',
                "notes" character varying(2000),
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "priority" "public"."needs_priority",
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_needs_analysis_version" CHECK (version >= 1),
                CONSTRAINT "pk_needs_analysis" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_needs_analysis_period_status" ON "needs_analysis" ("period", "status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_needs_analysis_open_draft" ON "needs_analysis" ("company_id", "period")
            WHERE status = 'DRAFT'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_needs_analysis_company_period_version" ON "needs_analysis" ("company_id", "period", "version")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."needs_review_action" AS ENUM('REVIEWED', 'COMMENTED', 'PRIORITY_SET')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."needs_review_priority" AS ENUM('LOW', 'MEDIUM', 'HIGH')
        `);
        await queryRunner.query(`
            CREATE TABLE "needs_review" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "analysis_id" uuid NOT NULL,
                "actor_id" uuid NOT NULL,
                "actor_company_id" uuid NOT NULL,
                "action" "public"."needs_review_action" NOT NULL,
                "comment" character varying(2000),
                "priority" "public"."needs_review_priority",
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_needs_review" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_needs_review_analysis_created_at" ON "needs_review" ("analysis_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "needs_analysis_line"
            ADD CONSTRAINT "fk_needs_analysis_line_analysis" FOREIGN KEY ("analysis_id") REFERENCES "needs_analysis"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "needs_analysis_line"
            ADD CONSTRAINT "fk_needs_analysis_line_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "needs_analysis"
            ADD CONSTRAINT "fk_needs_analysis_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "needs_review"
            ADD CONSTRAINT "fk_needs_review_analysis" FOREIGN KEY ("analysis_id") REFERENCES "needs_analysis"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "needs_review" DROP CONSTRAINT "fk_needs_review_analysis"
        `);
        await queryRunner.query(`
            ALTER TABLE "needs_analysis" DROP CONSTRAINT "fk_needs_analysis_company"
        `);
        await queryRunner.query(`
            ALTER TABLE "needs_analysis_line" DROP CONSTRAINT "fk_needs_analysis_line_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "needs_analysis_line" DROP CONSTRAINT "fk_needs_analysis_line_analysis"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_needs_review_analysis_created_at"
        `);
        await queryRunner.query(`
            DROP TABLE "needs_review"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."needs_review_priority"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."needs_review_action"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_needs_analysis_company_period_version"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_needs_analysis_open_draft"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_needs_analysis_period_status"
        `);
        await queryRunner.query(`
            DROP TABLE "needs_analysis"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."needs_priority"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."needs_analysis_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_needs_analysis_line_analysis_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_needs_analysis_line_district_code"
        `);
        await queryRunner.query(`
            DROP TABLE "needs_analysis_line"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."needs_analysis_line_kind"
        `);
    }

}
