import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins in a row of one account from one client address, and whether the account
 * recently signed in from there (a known address keeps its full allowance under attack). Keyed by a hash of the
 * e-mail, not the user, so that unknown e-mails are counted and locked exactly like real ones
 * (the answer must not tell them apart) and no typed address is stored in clear.
 */
@Entity('login_failure')
@Index('ix_login_failure_last_failed_at', ['lastFailedAt'])
export class LoginFailure {
  /** SHA-256 of the lower-case e-mail. */
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'pk_login_failure' })
  accountKey!: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_login_failure' })
  clientAddress!: string;

  @Column({ type: 'integer' })
  failedCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailedAt!: Date | null;

  /** Until when this address counts as the account holder's own, after a successful sign-in. */
  @Column({ type: 'timestamptz', nullable: true })
  knownUntil!: Date | null;
}
