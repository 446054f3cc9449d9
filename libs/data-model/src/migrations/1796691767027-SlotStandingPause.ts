import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pause for a company's lost standing gets a column of its own, beside HR's pause date:
 * slots paused by the former day 9999-12-31 keep their pause here and lose the made-up date
 * (the standing pause had replaced whatever date HR had set, so there is none to give back).
 */
export class SlotStandingPause1796691767027 implements MigrationInterface {
  name = 'SlotStandingPause1796691767027';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "slot" ADD "paused_for_standing_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "slot" SET "paused_for_standing_at" = "updated_at", "paused_until" = NULL WHERE "paused_until" = '9999-12-31'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "slot" SET "paused_until" = '9999-12-31' WHERE "paused_for_standing_at" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "slot" DROP COLUMN "paused_for_standing_at"`);
  }
}
