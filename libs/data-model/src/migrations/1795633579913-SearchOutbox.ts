import { MigrationInterface, QueryRunner } from "typeorm";

export class SearchOutbox1795633579913 implements MigrationInterface {
    name = 'SearchOutbox1795633579913'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "search_outbox" (
                "id" BIGSERIAL NOT NULL,
                "index_name" character varying(40) NOT NULL,
                "document_id" character varying(80) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" character varying(500),
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_search_outbox" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_search_outbox_created_at" ON "search_outbox" ("created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_search_outbox_pending" ON "search_outbox" ("available_at", "id")
            WHERE delivered_at IS NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_search_outbox_pending"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_search_outbox_created_at"
        `);
        await queryRunner.query(`
            DROP TABLE "search_outbox"
        `);
    }

}
