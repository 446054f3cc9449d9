import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of who did what to which subject. A database trigger refuses every
 * UPDATE, DELETE and TRUNCATE, whatever role the application connects with.
 */
@Entity('audit_event')
@Index('ix_audit_event_subject', ['subjectType', 'subjectId'])
@Index('ix_audit_event_actor', ['actorId'])
@Index('ix_audit_event_occurred_at', ['occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_audit_event' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Null for the system itself (scheduled jobs, the worker). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  actorRole!: string | null;

  /** Verb-first, dotted: `user.invited`, `candidate.read`, `albo.admitted`. */
  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ type: 'varchar', length: 60 })
  subjectType!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  subjectId!: string | null;

  // A plain object, not the SQL text: TypeORM reads the default back as '{}' (cast stripped) and
  // compares JSON values only for non-function defaults, so the text form shows as drift.
  /** Codes and ids only: never free text or personal data. */
  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;
}
