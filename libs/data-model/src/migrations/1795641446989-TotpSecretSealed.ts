import { MigrationInterface, QueryRunner } from "typeorm";

export class TotpSecretSealed1795641446989 implements MigrationInterface {
    name = 'TotpSecretSealed1795641446989'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ALTER COLUMN "totp_secret" TYPE character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ALTER COLUMN "totp_pending_secret" TYPE character varying(200)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ALTER COLUMN "totp_pending_secret" TYPE character varying(64)
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ALTER COLUMN "totp_secret" TYPE character varying(64)
        `);
    }

}
