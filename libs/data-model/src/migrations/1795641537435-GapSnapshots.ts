import { MigrationInterface, QueryRunner } from "typeorm";

export class GapSnapshots1795641537435 implements MigrationInterface {
    name = 'GapSnapshots1795641537435'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "gap_snapshot_count" (
                "period" character varying(7) NOT NULL,
                "district_code" character varying(40) NOT NULL,
                "skill_id" character varying(80) NOT NULL,
                "open_slot_openings" integer NOT NULL,
                "supply" integer NOT NULL,
                CONSTRAINT "ck_gap_snapshot_count_values" CHECK (
                    open_slot_openings >= 0
                    AND supply >= 0
                ),
                CONSTRAINT "pk_gap_snapshot_count" PRIMARY KEY ("period", "district_code", "skill_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "gap_snapshot" (
                "period" character varying(7) NOT NULL,
                "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "ck_gap_snapshot_period" CHECK (period ~ '^[0-9]{4}-Q[1-4]$'),
                CONSTRAINT "pk_gap_snapshot" PRIMARY KEY ("period")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "gap_snapshot_count"
            ADD CONSTRAINT "fk_gap_snapshot_count_snapshot" FOREIGN KEY ("period") REFERENCES "gap_snapshot"("period") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "gap_snapshot_count"
            ADD CONSTRAINT "fk_gap_snapshot_count_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "gap_snapshot_count" DROP CONSTRAINT "fk_gap_snapshot_count_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "gap_snapshot_count" DROP CONSTRAINT "fk_gap_snapshot_count_snapshot"
        `);
        await queryRunner.query(`
            DROP TABLE "gap_snapshot"
        `);
        await queryRunner.query(`
            DROP TABLE "gap_snapshot_count"
        `);
    }

}
