import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795635569588 implements MigrationInterface {
    name = 'Notifications1795635569588'

    // The two enum types are shared by both tables: created once, dropped after both tables.
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."notification_kind" AS ENUM(
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
                'CANDIDATE_RECONFIRM'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_delivery" AS ENUM('IMMEDIATE', 'DAILY_DIGEST', 'OFF')
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "user_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "delivery" "public"."notification_delivery" NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_notification_preference" PRIMARY KEY ("user_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_user_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "subject_type" character varying(40) NOT NULL,
                "subject_id" character varying(64) NOT NULL,
                "title_it" character varying(200) NOT NULL,
                "title_en" character varying(200) NOT NULL,
                "link" character varying(300),
                "email_delivery" "public"."notification_delivery" NOT NULL,
                "emailed_at" TIMESTAMP WITH TIME ZONE,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_notification" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_email_pending" ON "notification" (
                "email_delivery",
                "recipient_user_id",
                "created_at"
            )
            WHERE emailed_at IS NULL
                AND email_delivery <> 'OFF'
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_recipient_unread" ON "notification" ("recipient_user_id")
            WHERE read_at IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_recipient_created" ON "notification" ("recipient_user_id", "created_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "fk_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "fk_notification_recipient_user" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_recipient_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "fk_notification_preference_user"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_recipient_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_recipient_unread"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_email_pending"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_delivery"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
    }

}
