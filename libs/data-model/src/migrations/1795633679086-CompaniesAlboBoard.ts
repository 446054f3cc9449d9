import { MigrationInterface, QueryRunner } from "typeorm";

// Written by the generator, then: the shared albo_status enum created and dropped once, the
// sequence of logo numbers added, and other libraries' tables left out.
export class CompaniesAlboBoard1795633679086 implements MigrationInterface {
    name = 'CompaniesAlboBoard1795633679086'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE SEQUENCE "albo_logo_number_seq"
        `);
        await queryRunner.query(`
            CREATE TABLE "company_site" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "company_id" uuid NOT NULL,
                "comune_code" character varying(60) NOT NULL,
                "address" character varying(200),
                "position" smallint NOT NULL,
                CONSTRAINT "pk_company_site" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_company_site_comune_code" ON "company_site" ("comune_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_company_site_company_id" ON "company_site" ("company_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."albo_status" AS ENUM(
                'PENDING',
                'ADMITTED',
                'REJECTED',
                'SUSPENDED',
                'REVOKED',
                'EXPIRED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "albo_membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "company_id" uuid NOT NULL,
                "status" "public"."albo_status" NOT NULL,
                "section_codes" text array NOT NULL,
                "law68_obligations_met" boolean NOT NULL,
                "inclusive_path_run" boolean NOT NULL,
                "metropolitan_site" boolean NOT NULL,
                "inclusive_path_note" character varying(1000),
                "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "logo_number" character varying(20),
                "admitted_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "renewal_requested_at" TIMESTAMP WITH TIME ZONE,
                "reminder_sent_for_expiry" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "REL_a650e6aeeb524469058a596641" UNIQUE ("company_id"),
                CONSTRAINT "pk_albo_membership" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_albo_membership_status" ON "albo_membership" ("status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_albo_membership_company_id" ON "albo_membership" ("company_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."albo_decision_kind" AS ENUM(
                'APPLIED',
                'ADMITTED',
                'REJECTED',
                'SUSPENDED',
                'READMITTED',
                'REVOKED',
                'RENEWAL_REQUESTED',
                'RENEWED',
                'LAPSED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "albo_decision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "membership_id" uuid NOT NULL,
                "kind" "public"."albo_decision_kind" NOT NULL,
                "from_status" "public"."albo_status",
                "to_status" "public"."albo_status" NOT NULL,
                "actor_id" uuid,
                "reason" character varying(2000),
                "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_albo_decision" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_albo_decision_membership_id" ON "albo_decision" ("membership_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."albo_logo_state" AS ENUM('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED')
        `);
        await queryRunner.query(`
            CREATE TABLE "albo_logo" (
                "number" character varying(20) NOT NULL,
                "company_id" uuid NOT NULL,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "state" "public"."albo_logo_state" NOT NULL,
                CONSTRAINT "pk_albo_logo" PRIMARY KEY ("number")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_albo_logo_company_id" ON "albo_logo" ("company_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "albo_section" (
                "code" character varying(40) NOT NULL,
                "name" character varying(160) NOT NULL,
                "description" character varying(1000),
                "active" boolean NOT NULL DEFAULT true,
                "position" smallint NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_albo_section" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "board_membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "company_id" uuid NOT NULL,
                "since" date NOT NULL,
                "until" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_board_membership" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_board_membership_open" ON "board_membership" ("company_id")
            WHERE until IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_board_membership_company_id" ON "board_membership" ("company_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "ateco_code" character varying(8)
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "ateco_section" character(1)
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."company_size_band" AS ENUM('MICRO', 'SMALL', 'MEDIUM', 'LARGE')
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "size_band" "public"."company_size_band"
        `);
        await queryRunner.query(`
            ALTER TABLE "company"
            ADD "contact_email" character varying(254)
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_company_ateco_section" ON "company" ("ateco_section")
        `);
        await queryRunner.query(`
            ALTER TABLE "company_site"
            ADD CONSTRAINT "fk_company_site_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "company_site"
            ADD CONSTRAINT "fk_company_site_comune" FOREIGN KEY ("comune_code") REFERENCES "comune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "albo_membership"
            ADD CONSTRAINT "fk_albo_membership_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "albo_decision"
            ADD CONSTRAINT "fk_albo_decision_membership" FOREIGN KEY ("membership_id") REFERENCES "albo_membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "albo_logo"
            ADD CONSTRAINT "fk_albo_logo_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "board_membership"
            ADD CONSTRAINT "fk_board_membership_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "board_membership" DROP CONSTRAINT "fk_board_membership_company"
        `);
        await queryRunner.query(`
            ALTER TABLE "albo_logo" DROP CONSTRAINT "fk_albo_logo_company"
        `);
        await queryRunner.query(`
            ALTER TABLE "albo_decision" DROP CONSTRAINT "fk_albo_decision_membership"
        `);
        await queryRunner.query(`
            ALTER TABLE "albo_membership" DROP CONSTRAINT "fk_albo_membership_company"
        `);
        await queryRunner.query(`
            ALTER TABLE "company_site" DROP CONSTRAINT "fk_company_site_comune"
        `);
        await queryRunner.query(`
            ALTER TABLE "company_site" DROP CONSTRAINT "fk_company_site_company"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_company_ateco_section"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "contact_email"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "size_band"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."company_size_band"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "ateco_section"
        `);
        await queryRunner.query(`
            ALTER TABLE "company" DROP COLUMN "ateco_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_board_membership_company_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_board_membership_open"
        `);
        await queryRunner.query(`
            DROP TABLE "board_membership"
        `);
        await queryRunner.query(`
            DROP TABLE "albo_section"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_albo_logo_company_id"
        `);
        await queryRunner.query(`
            DROP TABLE "albo_logo"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."albo_logo_state"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_albo_decision_membership_id"
        `);
        await queryRunner.query(`
            DROP TABLE "albo_decision"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."albo_decision_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_albo_membership_company_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_albo_membership_status"
        `);
        await queryRunner.query(`
            DROP TABLE "albo_membership"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."albo_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_company_site_company_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_company_site_comune_code"
        `);
        await queryRunner.query(`
            DROP TABLE "company_site"
        `);
        await queryRunner.query(`
            DROP SEQUENCE "albo_logo_number_seq"
        `);
    }

}

