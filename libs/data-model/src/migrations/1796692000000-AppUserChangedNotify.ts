import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API process keeps the users it authenticates in memory (@ipl/auth AccountCache). A
 * trigger, not the services, announces each change that the cache holds: it fires in the
 * changing transaction whoever writes (a service, a migration, an operator's psql), and
 * PostgreSQL delivers the notification at commit only. The payload is the user's id.
 */
export class AppUserChangedNotify1796692000000 implements MigrationInterface {
  name = 'AppUserChangedNotify1796692000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "notify_app_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('app_user_changed', OLD.id::text);
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "tg_app_user_changed" AFTER UPDATE ON "app_user" FOR EACH ROW
      WHEN ((OLD.disabled_at, OLD.token_version, OLD.role, OLD.company_id, OLD.organisation_id, OLD.district_code, OLD.scope_admin,
             OLD.email, OLD.display_name, OLD.totp_enabled_at)
        IS DISTINCT FROM (NEW.disabled_at, NEW.token_version, NEW.role, NEW.company_id, NEW.organisation_id, NEW.district_code, NEW.scope_admin,
             NEW.email, NEW.display_name, NEW.totp_enabled_at))
      EXECUTE FUNCTION "notify_app_user_changed"()`);
    await queryRunner.query(`
      CREATE TRIGGER "tg_app_user_deleted" AFTER DELETE ON "app_user" FOR EACH ROW
      EXECUTE FUNCTION "notify_app_user_changed"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tg_app_user_deleted" ON "app_user"`);
    await queryRunner.query(`DROP TRIGGER "tg_app_user_changed" ON "app_user"`);
    await queryRunner.query(`DROP FUNCTION "notify_app_user_changed"()`);
  }
}
