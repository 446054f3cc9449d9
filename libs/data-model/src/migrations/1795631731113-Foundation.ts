import { MigrationInterface, QueryRunner } from "typeorm";

// The shared "role" enum is created once (the generator emits it per table that uses it).
export class Foundation1795631731113 implements MigrationInterface {
    name = 'Foundation1795631731113'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" BIGSERIAL NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "actor_role" character varying(40),
                "action" character varying(80) NOT NULL,
                "subject_type" character varying(60) NOT NULL,
                "subject_id" character varying(80),
                "details" jsonb NOT NULL DEFAULT '{}'::jsonb,
                CONSTRAINT "pk_audit_event" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_event_occurred_at" ON "audit_event" ("occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_event_actor" ON "audit_event" ("actor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_event_subject" ON "audit_event" ("subject_type", "subject_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "company" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "legal_name" character varying(200) NOT NULL,
                "partita_iva" character(11) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_company" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_company_partita_iva" ON "company" ("partita_iva")
        `);
        await queryRunner.query(`
            CREATE TABLE "district" (
                "code" character varying(40) NOT NULL,
                "name" character varying(120) NOT NULL,
                CONSTRAINT "pk_district" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "comune" (
                "code" character varying(60) NOT NULL,
                "name" character varying(120) NOT NULL,
                "district_code" character varying(40) NOT NULL,
                CONSTRAINT "pk_comune" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_comune_district_code" ON "comune" ("district_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "district_neighbour" (
                "district_code" character varying(40) NOT NULL,
                "neighbour_code" character varying(40) NOT NULL,
                CONSTRAINT "pk_district_neighbour" PRIMARY KEY ("district_code", "neighbour_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_district_neighbour_neighbour_code" ON "district_neighbour" ("neighbour_code")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."channel" AS ENUM('SOCIAL_SERVICES', 'CARITAS')
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(160) NOT NULL,
                "channel" "public"."channel" NOT NULL,
                "district_code" character varying(40) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_organisation" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_organisation_district_code" ON "organisation" ("district_code")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."role" AS ENUM(
                'ADMIN',
                'COMPANY_HR',
                'BOARD_MEMBER',
                'OPERATOR',
                'DISTRICT_COORDINATOR'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "display_name" character varying(120) NOT NULL,
                "password_hash" character varying(200) NOT NULL,
                "role" "public"."role" NOT NULL,
                "company_id" uuid,
                "organisation_id" uuid,
                "district_code" character varying(40),
                "token_version" integer NOT NULL DEFAULT '0',
                "failed_login_count" integer NOT NULL DEFAULT '0',
                "locked_until" TIMESTAMP WITH TIME ZONE,
                "totp_secret" character varying(64),
                "totp_pending_secret" character varying(64),
                "totp_enabled_at" TIMESTAMP WITH TIME ZONE,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_app_user_scope" CHECK (
                    (
                        role <> 'COMPANY_HR'
                        OR company_id IS NOT NULL
                    )
                    AND (
                        role <> 'BOARD_MEMBER'
                        OR company_id IS NOT NULL
                    )
                    AND (
                        role <> 'OPERATOR'
                        OR (
                            organisation_id IS NOT NULL
                            AND district_code IS NOT NULL
                        )
                    )
                    AND (
                        role <> 'DISTRICT_COORDINATOR'
                        OR district_code IS NOT NULL
                    )
                ),
                CONSTRAINT "pk_app_user" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_app_user_organisation_id" ON "app_user" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_app_user_company_id" ON "app_user" ("company_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_app_user_email" ON "app_user" ("email")
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "second_factor" boolean NOT NULL DEFAULT false,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_refresh_token" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_family_id" ON "refresh_token" ("family_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_user_id" ON "refresh_token" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "mail_message" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient" character varying(254) NOT NULL,
                "kind" character varying(60) NOT NULL,
                "subject" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "transport" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_mail_message" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mail_message_recipient" ON "mail_message" ("recipient")
        `);
        await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "role" "public"."role" NOT NULL,
                "company_id" uuid,
                "organisation_id" uuid,
                "district_code" character varying(40),
                "token_hash" character(64) NOT NULL,
                "invited_by_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_invitation" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_invitation_email" ON "invitation" ("email")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_invitation_token_hash" ON "invitation" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "throttle_bucket" (
                "key" character varying(200) NOT NULL,
                "hits" integer NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "blocked_until" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_throttle_bucket" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_throttle_bucket_expires_at" ON "throttle_bucket" ("expires_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "comune"
            ADD CONSTRAINT "fk_comune_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "district_neighbour"
            ADD CONSTRAINT "fk_district_neighbour_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "district_neighbour"
            ADD CONSTRAINT "fk_district_neighbour_neighbour" FOREIGN KEY ("neighbour_code") REFERENCES "district"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD CONSTRAINT "fk_organisation_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "fk_app_user_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "fk_app_user_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "fk_app_user_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "fk_invitation_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "fk_invitation_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "fk_invitation_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "fk_invitation_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_invited_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_company"
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_organisation"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_company"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation" DROP CONSTRAINT "fk_organisation_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "district_neighbour" DROP CONSTRAINT "fk_district_neighbour_neighbour"
        `);
        await queryRunner.query(`
            ALTER TABLE "district_neighbour" DROP CONSTRAINT "fk_district_neighbour_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "comune" DROP CONSTRAINT "fk_comune_district"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_throttle_bucket_expires_at"
        `);
        await queryRunner.query(`
            DROP TABLE "throttle_bucket"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_invitation_token_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_invitation_email"
        `);
        await queryRunner.query(`
            DROP TABLE "invitation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_mail_message_recipient"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_message"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_user_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_family_id"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_app_user_email"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_app_user_company_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_app_user_organisation_id"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_organisation_district_code"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."channel"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_district_neighbour_neighbour_code"
        `);
        await queryRunner.query(`
            DROP TABLE "district_neighbour"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_comune_district_code"
        `);
        await queryRunner.query(`
            DROP TABLE "comune"
        `);
        await queryRunner.query(`
            DROP TABLE "district"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_company_partita_iva"
        `);
        await queryRunner.query(`
            DROP TABLE "company"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_subject"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_actor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_occurred_at"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    }

}
