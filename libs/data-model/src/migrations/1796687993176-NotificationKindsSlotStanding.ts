import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification kinds for slots paused by a company's lost Albo or board standing, and resumable again. */
export class NotificationKindsSlotStanding1796687993176 implements MigrationInterface {
  name = 'NotificationKindsSlotStanding1796687993176';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'SLOT_PAUSED_BY_STANDING'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'SLOT_RESUMABLE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" IN ('SLOT_PAUSED_BY_STANDING', 'SLOT_RESUMABLE')`);
    await queryRunner.query(`DELETE FROM "notification_preference" WHERE "kind" IN ('SLOT_PAUSED_BY_STANDING', 'SLOT_RESUMABLE')`);
    await queryRunner.query(`
      CREATE TYPE "public"."notification_kind_old" AS ENUM(
        'PROPOSAL_RECEIVED', 'PROPOSAL_ANSWERED', 'PROPOSAL_REMINDER', 'PROPOSAL_EXPIRED', 'PATH_STARTED',
        'CHECK_IN_AT_RISK', 'PATH_ENDED', 'CONTACT_DISCLOSED', 'ALBO_REMINDER', 'SLOT_STALE', 'CANDIDATE_RECONFIRM'
      )`);
    for (const table of ['notification', 'notification_preference']) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::text::"public"."notification_kind_old"`);
    }
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
  }
}
