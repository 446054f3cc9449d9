import { Check, Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { GapSnapshotCount } from './gap-snapshot-count.entity';

/**
 * The state of open slots and supply at the end of a quarter, kept because both are live
 * figures that nothing else remembers: the gaps' movement over past periods reads it. One row
 * per quarter, written once; its counts are in gap_snapshot_count.
 */
@Entity('gap_snapshot')
@Check('ck_gap_snapshot_period', `period ~ '^[0-9]{4}-Q[1-4]$'`)
export class GapSnapshot {
  @PrimaryColumn({ type: 'varchar', length: 7, primaryKeyConstraintName: 'pk_gap_snapshot' })
  period!: string;

  /** When it was taken: the first run of the job after the quarter ended. */
  @Column({ type: 'timestamptz' })
  takenAt!: Date;

  @OneToMany(() => GapSnapshotCount, (count) => count.snapshot)
  counts?: GapSnapshotCount[];
}
