import { MigrationInterface, QueryRunner } from "typeorm";

export class CoordinationRequests1796688067119 implements MigrationInterface {
    name = 'CoordinationRequests1796688067119'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."candidate_coordination_request_status" AS ENUM('PENDING', 'ACCEPTED', 'REFUSED', 'WITHDRAWN')
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate_coordination_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "round_id" uuid NOT NULL,
                "requester_candidate_id" uuid NOT NULL,
                "requester_organisation_id" uuid NOT NULL,
                "target_candidate_id" uuid NOT NULL,
                "target_organisation_id" uuid NOT NULL,
                "status" "public"."candidate_coordination_request_status" NOT NULL DEFAULT 'PENDING',
                "consent_given_on" date NOT NULL,
                "consent_recorded_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decided_by_id" uuid,
                CONSTRAINT "pk_candidate_coordination_request" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_coordination_request_target_organisation_id" ON "candidate_coordination_request" ("target_organisation_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_coordination_request_target_candidate_id" ON "candidate_coordination_request" ("target_candidate_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_candidate_coordination_request_requester_candidate_id" ON "candidate_coordination_request" ("requester_candidate_id")
        `);
        // One type for notification.kind and notification_preference.kind: each value is added once.
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'COORDINATION_REQUESTED'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'COORDINATION_ANSWERED'
        `);
        // Links made by a claim (createCandidate with `coordinated`) were never accepted by the other
        // organisation, and the notices named organisations without a request: neither survives the
        // rule that coordination needs the other side's acceptance.
        await queryRunner.query(`
            DELETE FROM "candidate_link"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_referral_notice"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request"
            ADD CONSTRAINT "fk_candidate_coordination_request_requester_candidate" FOREIGN KEY ("requester_candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request"
            ADD CONSTRAINT "fk_candidate_coordination_request_requester_organisation" FOREIGN KEY ("requester_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request"
            ADD CONSTRAINT "fk_candidate_coordination_request_target_candidate" FOREIGN KEY ("target_candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request"
            ADD CONSTRAINT "fk_candidate_coordination_request_target_organisation" FOREIGN KEY ("target_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request"
            ADD CONSTRAINT "fk_candidate_coordination_request_consent_recorded_by" FOREIGN KEY ("consent_recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request" DROP CONSTRAINT "fk_candidate_coordination_request_consent_recorded_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request" DROP CONSTRAINT "fk_candidate_coordination_request_target_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request" DROP CONSTRAINT "fk_candidate_coordination_request_target_candidate"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request" DROP CONSTRAINT "fk_candidate_coordination_request_requester_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_coordination_request" DROP CONSTRAINT "fk_candidate_coordination_request_requester_candidate"
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
            ALTER TABLE "candidate_referral_notice"
            ADD CONSTRAINT "fk_candidate_referral_notice_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_referral_notice"
            ADD CONSTRAINT "fk_candidate_referral_notice_organisation" FOREIGN KEY ("referring_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            DELETE FROM "notification" WHERE "kind" IN ('COORDINATION_REQUESTED', 'COORDINATION_ANSWERED')
        `);
        await queryRunner.query(`
            DELETE FROM "notification_preference" WHERE "kind" IN ('COORDINATION_REQUESTED', 'COORDINATION_ANSWERED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_kind_old" AS ENUM(
                'PROPOSAL_RECEIVED',
                'PROPOSAL_ANSWERED',
                'PROPOSAL_REMINDER',
                'PROPOSAL_EXPIRED',
                'PATH_STARTED',
                'CHECK_IN_AT_RISK',
                'PATH_ENDED',
                'CONTACT_DISCLOSED',
                'ALBO_REMINDER',
                'SLOT_STALE',
                'CANDIDATE_RECONFIRM',
                'SLOT_PAUSED_BY_STANDING',
                'SLOT_RESUMABLE'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind_old"
            RENAME TO "notification_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_coordination_request_requester_candidate_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_coordination_request_target_candidate_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_coordination_request_target_organisation_id"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_coordination_request"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."candidate_coordination_request_status"
        `);
    }

}
