import { MigrationInterface, QueryRunner } from "typeorm";

export class UserScopeAdmin1795633386933 implements MigrationInterface {
    name = 'UserScopeAdmin1795633386933'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "scope_admin" boolean NOT NULL DEFAULT false
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "scope_admin"
        `);
    }

}
