import { MigrationInterface, QueryRunner } from "typeorm";

export class ReportReleases1796690704899 implements MigrationInterface {
    name = 'ReportReleases1796690704899'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "gap_supply_release" (
                "district_code" character varying(40) NOT NULL,
                "released_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "supply" jsonb NOT NULL,
                CONSTRAINT "pk_gap_supply_release" PRIMARY KEY ("district_code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "outcome_report_release" (
                "year" integer NOT NULL,
                "district_code" character varying(40) NOT NULL,
                "released_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "counts" jsonb NOT NULL,
                CONSTRAINT "pk_outcome_report_release" PRIMARY KEY ("year", "district_code")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "gap_supply_release"
            ADD CONSTRAINT "fk_gap_supply_release_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "outcome_report_release"
            ADD CONSTRAINT "fk_outcome_report_release_district" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "outcome_report_release" DROP CONSTRAINT "fk_outcome_report_release_district"
        `);
        await queryRunner.query(`
            ALTER TABLE "gap_supply_release" DROP CONSTRAINT "fk_gap_supply_release_district"
        `);
        await queryRunner.query(`
            DROP TABLE "outcome_report_release"
        `);
        await queryRunner.query(`
            DROP TABLE "gap_supply_release"
        `);
    }

}
