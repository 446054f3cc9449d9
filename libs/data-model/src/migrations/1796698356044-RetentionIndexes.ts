import { MigrationInterface, QueryRunner } from "typeorm";

export class RetentionIndexes1796698356044 implements MigrationInterface {
    name = 'RetentionIndexes1796698356044'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "ix_mail_message_created_at" ON "mail_message" ("created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_expires_at" ON "refresh_token" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_invitation_expires_at" ON "invitation" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_created_at" ON "notification" ("created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_created_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_invitation_expires_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_expires_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_mail_message_created_at"
        `);
    }

}
