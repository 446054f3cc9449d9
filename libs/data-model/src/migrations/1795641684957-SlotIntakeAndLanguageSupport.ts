import { MigrationInterface, QueryRunner } from "typeorm";

export class SlotIntakeAndLanguageSupport1795641684957 implements MigrationInterface {
    name = 'SlotIntakeAndLanguageSupport1795641684957'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "slot"
            ADD "offers_language_support" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "slot"
            ADD "intake_month" date
        `);
        await queryRunner.query(`
            ALTER TABLE "slot"
            ADD "intake_count" integer NOT NULL DEFAULT '0'
        `);
        // This month's operators' proposals, so that a slot already at its cap is left out of matching from the start.
        await queryRunner.query(`
            UPDATE "slot" s SET "intake_month" = m.month, "intake_count" = m.n
            FROM (
                SELECT p.slot_id, date_trunc('month', now() AT TIME ZONE 'Europe/Rome')::date AS month, count(*)::int AS n
                FROM "proposal" p
                WHERE p.origin = 'OPERATOR'
                  AND p.created_at >= (date_trunc('month', now() AT TIME ZONE 'Europe/Rome') AT TIME ZONE 'Europe/Rome')
                GROUP BY p.slot_id
            ) m
            WHERE s.id = m.slot_id
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "slot" DROP COLUMN "intake_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "slot" DROP COLUMN "intake_month"
        `);
        await queryRunner.query(`
            ALTER TABLE "slot" DROP COLUMN "offers_language_support"
        `);
    }

}
