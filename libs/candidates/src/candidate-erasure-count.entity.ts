import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What remains of erased profiles, for reports: a count per district of residence, channel,
 * month, final status and reason. No id, no public code, no organisation: a cell says how
 * many, never who. Incremented in the transaction that deletes the profiles.
 */
@Entity('candidate_erasure_count')
export class CandidateErasureCount {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_candidate_erasure_count' })
  districtCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_candidate_erasure_count' })
  channel!: string;

  /** First day of the month of the erasure (UTC), as YYYY-MM-01. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_candidate_erasure_count' })
  month!: string;

  /** The profile's status when it was erased (STALE as of that moment included). */
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_candidate_erasure_count' })
  finalStatus!: string;

  /** `request` (erasure mutation) or `retention` (the scheduled job). */
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_candidate_erasure_count' })
  reason!: string;

  @Column({ type: 'integer' })
  erased!: number;
}
