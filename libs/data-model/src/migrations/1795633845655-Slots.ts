import { MigrationInterface, QueryRunner } from "typeorm";

export class Slots1795633845655 implements MigrationInterface {
    name = 'Slots1795633845655'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."slot_kind" AS ENUM('TIROCINIO', 'AVVICINAMENTO_AL_LAVORO', 'JOB')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."slot_status" AS ENUM('DRAFT', 'OPEN', 'FILLED', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."slot_shift" AS ENUM('DAY', 'EVENING', 'NIGHT', 'WEEKEND')
        `);
        await queryRunner.query(`
            CREATE TABLE "slot" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "company_id" uuid NOT NULL,
                "kind" "public"."slot_kind" NOT NULL,
                "status" "public"."slot_status" NOT NULL DEFAULT 'DRAFT',
                "title" character varying(120) NOT NULL,
                "description" character varying(4000) NOT NULL,
                "required_skill_ids" text array NOT NULL,
                "nice_to_have_skill_ids" text array NOT NULL DEFAULT '{}',
                "free_skill_labels" text array NOT NULL DEFAULT '{}',
                "comune_code" character varying(60) NOT NULL,
                "district_code" character varying(40) NOT NULL,
                "openings" integer NOT NULL,
                "openings_taken" integer NOT NULL DEFAULT '0',
                "hours_per_week" smallint NOT NULL,
                "shifts" "public"."slot_shift" array NOT NULL DEFAULT '{}',
                "start_date" date NOT NULL,
                "duration_months" smallint,
                "languages" jsonb NOT NULL DEFAULT '[]',
                "driving_licence_required" boolean NOT NULL DEFAULT false,
                "offers_tutor" boolean NOT NULL DEFAULT false,
                "offers_gradual_start" boolean NOT NULL DEFAULT false,
                "step_free_access" boolean NOT NULL DEFAULT false,
                "reachable_by_public_transport" boolean NOT NULL DEFAULT false,
                "paused_until" date,
                "monthly_proposal_cap" integer,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "content_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "stale_reminder_sent_at" TIMESTAMP WITH TIME ZONE,
                "unpublished_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_slot_hours_per_week" CHECK (
                    hours_per_week BETWEEN 1 AND 48
                ),
                CONSTRAINT "ck_slot_openings" CHECK (
                    openings >= 1
                    AND openings_taken >= 0
                    AND openings_taken <= openings
                ),
                CONSTRAINT "pk_slot" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_slot_created_at" ON "slot" ("created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_slot_status_district_code" ON "slot" ("status", "district_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_slot_comune_code" ON "slot" ("comune_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_slot_company_id" ON "slot" ("company_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "slot"
            ADD CONSTRAINT "fk_slot_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "slot"
            ADD CONSTRAINT "fk_slot_comune" FOREIGN KEY ("comune_code") REFERENCES "comune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "slot"
            ADD CONSTRAINT "fk_slot_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "slot" DROP CONSTRAINT "fk_slot_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "slot" DROP CONSTRAINT "fk_slot_comune"
        `);
        await queryRunner.query(`
            ALTER TABLE "slot" DROP CONSTRAINT "fk_slot_company"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_slot_company_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_slot_comune_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_slot_status_district_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_slot_created_at"
        `);
        await queryRunner.query(`
            DROP TABLE "slot"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."slot_shift"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."slot_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."slot_kind"
        `);
    }

}
