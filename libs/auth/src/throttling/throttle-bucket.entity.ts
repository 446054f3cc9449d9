import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A rate-limit counter, kept in PostgreSQL so that every API process counts the same hits. */
@Entity('throttle_bucket')
@Index('ix_throttle_bucket_expires_at', ['expiresAt'])
export class ThrottleBucket {
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'pk_throttle_bucket' })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
