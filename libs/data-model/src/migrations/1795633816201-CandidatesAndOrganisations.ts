import { MigrationInterface, QueryRunner } from "typeorm";

export class CandidatesAndOrganisations1795633816201 implements MigrationInterface {
    name = 'CandidatesAndOrganisations1795633816201'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "candidate_code_sequence" (
                "channel" character varying(20) NOT NULL,
                "district_code" character varying(40) NOT NULL,
                "year" smallint NOT NULL,
                "last_value" integer NOT NULL,
                CONSTRAINT "pk_candidate_code_sequence" PRIMARY KEY ("channel", "district_code", "year")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."candidate_age_band" AS ENUM(
                'AGE_16_17',
                'AGE_18_24',
                'AGE_25_34',
                'AGE_35_44',
                'AGE_45_54',
                'AGE_55_PLUS'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."candidate_shift" AS ENUM('DAY', 'EVENING', 'NIGHT', 'WEEKEND')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."candidate_work_condition_need" AS ENUM(
                'NEEDS_TUTOR',
                'GRADUAL_START',
                'STEP_FREE_ACCESS',
                'NO_NIGHT_SHIFTS',
                'LANGUAGE_SUPPORT'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."candidate_active_measure" AS ENUM(
                'LR_14_2015_PATH',
                'EMPLOYMENT_CENTRE_PROGRAMME',
                'INCOME_SUPPORT_ACTIVATION_PACT',
                'NONE'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."candidate_consent_purpose" AS ENUM('MATCHING', 'COORDINATION_BETWEEN_SERVICES')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."candidate_status" AS ENUM(
                'ACTIVE',
                'IN_PATH',
                'PLACED',
                'WITHDRAWN',
                'STALE'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "public_code" character varying(60) NOT NULL,
                "organisation_id" uuid NOT NULL,
                "residence_district_code" character varying(40) NOT NULL,
                "residence_comune_code" character varying(60),
                "age_band" "public"."candidate_age_band" NOT NULL,
                "skill_ids" text array NOT NULL,
                "free_skill_labels" text array NOT NULL,
                "languages" jsonb NOT NULL,
                "education_level" smallint,
                "experiences" jsonb NOT NULL,
                "hours_per_week" smallint,
                "shifts" "public"."candidate_shift" array NOT NULL,
                "available_from" date,
                "driving_licence" boolean,
                "own_vehicle" boolean,
                "max_commute_minutes" smallint,
                "desired_sectors" text array NOT NULL,
                "support_needs" "public"."candidate_work_condition_need" array NOT NULL,
                "active_measures" "public"."candidate_active_measure" array NOT NULL,
                "consent_given_at" date,
                "consent_purposes" "public"."candidate_consent_purpose" array NOT NULL,
                "notes" character varying(1000),
                "status" "public"."candidate_status" NOT NULL DEFAULT 'ACTIVE',
                "completeness" smallint NOT NULL,
                "person_key" character(64) NOT NULL,
                "last_confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reconfirm_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reminder_sent_at" TIMESTAMP WITH TIME ZONE,
                "retention_until" TIMESTAMP WITH TIME ZONE NOT NULL,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_candidate_completeness" CHECK (
                    completeness BETWEEN 0 AND 100
                ),
                CONSTRAINT "ck_candidate_education_level" CHECK (
                    education_level IS NULL
                    OR education_level BETWEEN 1 AND 8
                ),
                CONSTRAINT "pk_candidate" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_residence_district_code" ON "candidate" ("residence_district_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_retention_until" ON "candidate" ("retention_until")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_reconfirm_due_at" ON "candidate" ("reconfirm_due_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_person_key" ON "candidate" ("person_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_organisation_id" ON "candidate" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_candidate_public_code" ON "candidate" ("public_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate_link" (
                "candidate_id" uuid NOT NULL,
                "linked_candidate_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_candidate_link" PRIMARY KEY ("candidate_id", "linked_candidate_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_link_linked_candidate_id" ON "candidate_link" ("linked_candidate_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate_referral_notice" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "candidate_id" uuid NOT NULL,
                "referring_organisation_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_candidate_referral_notice" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_referral_notice_candidate_id" ON "candidate_referral_notice" ("candidate_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "contact_email" character varying(254)
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "contact_phone" character varying(40)
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate"
            ADD CONSTRAINT "fk_candidate_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate"
            ADD CONSTRAINT "fk_candidate_residence_district" FOREIGN KEY ("residence_district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate"
            ADD CONSTRAINT "fk_candidate_residence_comune" FOREIGN KEY ("residence_comune_code") REFERENCES "comune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_link"
            ADD CONSTRAINT "fk_candidate_link_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_link"
            ADD CONSTRAINT "fk_candidate_link_linked_candidate" FOREIGN KEY ("linked_candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_referral_notice"
            ADD CONSTRAINT "fk_candidate_referral_notice_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_referral_notice"
            ADD CONSTRAINT "fk_candidate_referral_notice_organisation" FOREIGN KEY ("referring_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "candidate_referral_notice" DROP CONSTRAINT "fk_candidate_referral_notice_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_referral_notice" DROP CONSTRAINT "fk_candidate_referral_notice_candidate"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_link" DROP CONSTRAINT "fk_candidate_link_linked_candidate"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_link" DROP CONSTRAINT "fk_candidate_link_candidate"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate" DROP CONSTRAINT "fk_candidate_residence_comune"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate" DROP CONSTRAINT "fk_candidate_residence_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate" DROP CONSTRAINT "fk_candidate_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "updated_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "contact_phone"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "contact_email"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_referral_notice_candidate_id"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_referral_notice"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_link_linked_candidate_id"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_link"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_candidate_public_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_organisation_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_person_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_reconfirm_due_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_retention_until"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_residence_district_code"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."candidate_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."candidate_consent_purpose"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."candidate_active_measure"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."candidate_work_condition_need"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."candidate_shift"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."candidate_age_band"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_code_sequence"
        `);
    }

}
