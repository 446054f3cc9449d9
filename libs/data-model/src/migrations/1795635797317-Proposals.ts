import { MigrationInterface, QueryRunner } from "typeorm";

export class Proposals1795635797317 implements MigrationInterface {
    name = 'Proposals1795635797317'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_status" AS ENUM(
                'PROPOSED',
                'REQUESTED',
                'ACCEPTED',
                'INTERVIEW',
                'STARTED',
                'COMPLETED',
                'HIRED',
                'INTERRUPTED',
                'DECLINED',
                'WITHDRAWN',
                'EXPIRED'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_origin" AS ENUM('OPERATOR', 'COMPANY')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_decline_reason" AS ENUM(
                'SKILLS_MISMATCH',
                'SCHEDULE_MISMATCH',
                'LOCATION_TOO_FAR',
                'WORK_CONDITIONS_NOT_MET',
                'SLOT_NO_LONGER_AVAILABLE',
                'PERSON_NOT_INTERESTED',
                'PERSON_NOT_AVAILABLE',
                'AFTER_INTERVIEW',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_interruption_reason" AS ENUM(
                'PERSON_LEFT',
                'DID_NOT_SHOW',
                'WORK_CONDITIONS_NOT_MET',
                'PERSONAL_CIRCUMSTANCES',
                'COMPANY_ENDED',
                'FOUND_OTHER_JOB',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_path_outcome" AS ENUM('COMPLETED', 'PARTLY_COMPLETED', 'DID_NOT_SHOW')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_contract_type" AS ENUM(
                'PERMANENT',
                'FIXED_TERM',
                'APPRENTICESHIP',
                'PART_TIME_PERMANENT',
                'PART_TIME_FIXED_TERM',
                'TEMPORARY_AGENCY',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slot_id" uuid NOT NULL,
                "candidate_id" uuid NOT NULL,
                "candidate_public_code" character varying(60) NOT NULL,
                "company_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "status" "public"."proposal_status" NOT NULL,
                "origin" "public"."proposal_origin" NOT NULL,
                "created_by_id" uuid NOT NULL,
                "note" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "reminder_sent_at" TIMESTAMP WITH TIME ZONE,
                "decline_reason" "public"."proposal_decline_reason",
                "interruption_reason" "public"."proposal_interruption_reason",
                "closing_note" character varying(1000),
                "interview_on" date,
                "meeting_agreed_on" date,
                "meeting_consent_recorded_by_id" uuid,
                "starts_on" date,
                "started_at" TIMESTAMP WITH TIME ZONE,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "outcome" "public"."proposal_path_outcome",
                "contract_type" "public"."proposal_contract_type",
                "hired_at" TIMESTAMP WITH TIME ZONE,
                "feedback" character varying(2000),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_proposal_hired_contract" CHECK (
                    status <> 'HIRED'
                    OR contract_type IS NOT NULL
                ),
                CONSTRAINT "ck_proposal_interruption_reason" CHECK (
                    (status = 'INTERRUPTED') = (interruption_reason IS NOT NULL)
                ),
                CONSTRAINT "ck_proposal_decline_reason" CHECK (
                    (status = 'DECLINED') = (decline_reason IS NOT NULL)
                ),
                CONSTRAINT "pk_proposal" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_status_created_at" ON "proposal" ("status", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_organisation_created_at" ON "proposal" ("organisation_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_company_created_at" ON "proposal" ("company_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_candidate_id" ON "proposal" ("candidate_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_proposal_slot_candidate" ON "proposal" ("slot_id", "candidate_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_side" AS ENUM('COMPANY', 'OPERATOR', 'SYSTEM')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."proposal_check_in_state" AS ENUM('FINE', 'SOME_CONCERNS', 'AT_RISK')
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_check_in" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "side" "public"."proposal_side" NOT NULL,
                "author_id" uuid NOT NULL,
                "state" "public"."proposal_check_in_state" NOT NULL,
                "note" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_proposal_check_in" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_check_in_proposal_created_at" ON "proposal_check_in" ("proposal_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_idempotency_key" (
                "user_id" uuid NOT NULL,
                "idempotency_key" character varying(100) NOT NULL,
                "operation" character varying(60) NOT NULL,
                "target" character varying(200) NOT NULL,
                "result" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_proposal_idempotency_key" PRIMARY KEY ("user_id", "idempotency_key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_proposal_idempotency_key_created_at" ON "proposal_idempotency_key" ("created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "fk_proposal_slot" FOREIGN KEY ("slot_id") REFERENCES "slot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "fk_proposal_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "fk_proposal_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "fk_proposal_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_check_in"
            ADD CONSTRAINT "fk_proposal_check_in_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "proposal_check_in" DROP CONSTRAINT "fk_proposal_check_in_proposal"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "fk_proposal_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "fk_proposal_company"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "fk_proposal_candidate"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "fk_proposal_slot"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_idempotency_key_created_at"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_idempotency_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_check_in_proposal_created_at"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_check_in"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_check_in_state"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_side"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_proposal_slot_candidate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_candidate_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_company_created_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_organisation_created_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_proposal_status_created_at"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_contract_type"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_path_outcome"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_interruption_reason"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_decline_reason"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_origin"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."proposal_status"
        `);
    }

}
