import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "This document may have changed": written in the same transaction as the change, so that a
 * write is never lost for the index, even while Meilisearch is down. The relay reads the
 * document's current state when it delivers, so entries are idempotent and may repeat.
 * Delivered entries stay a day: a full reindex replays those created while it ran.
 */
@Entity('search_outbox')
@Index('ix_search_outbox_pending', ['availableAt', 'id'], { where: 'delivered_at IS NULL' })
@Index('ix_search_outbox_created_at', ['createdAt'])
export class SearchOutboxEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_search_outbox' })
  id!: string;

  /** Logical index name, e.g. `slots`, `candidates` (the uid adds the environment prefix). */
  @Column({ type: 'varchar', length: 40 })
  indexName!: string;

  @Column({ type: 'varchar', length: 80 })
  documentId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /**
   * When the entry is next due: failed deliveries wait before the next try (exponential
   * back-off), and a worker's claim moves it past the claim's lease until delivered.
   */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
