import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A mutation's idempotency key, per user: the first request inserts it in its own transaction
 * and stores its result there, so a retry (even one racing the first) waits, finds the row and
 * answers the same result without acting again. A failed request leaves no key behind.
 */
@Entity('proposal_idempotency_key')
@Index('ix_proposal_idempotency_key_created_at', ['createdAt'])
export class ProposalIdempotencyKey {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_proposal_idempotency_key' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'pk_proposal_idempotency_key' })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 60 })
  operation!: string;

  /** What the first request acted on; the same key for another target is refused. */
  @Column({ type: 'varchar', length: 200 })
  target!: string;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
