import { MigrationInterface, QueryRunner } from "typeorm";

export class CandidateErasureCounts1795634748286 implements MigrationInterface {
    name = 'CandidateErasureCounts1795634748286'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "candidate_erasure_count" (
                "district_code" character varying(40) NOT NULL,
                "channel" character varying(20) NOT NULL,
                "month" date NOT NULL,
                "final_status" character varying(20) NOT NULL,
                "reason" character varying(20) NOT NULL,
                "erased" integer NOT NULL,
                CONSTRAINT "pk_candidate_erasure_count" PRIMARY KEY (
                    "district_code",
                    "channel",
                    "month",
                    "final_status",
                    "reason"
                )
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "candidate_erasure_count"
        `);
    }

}
