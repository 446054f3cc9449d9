import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from '@ipl/territory';
import type { GapSnapshot } from './gap-snapshot.entity';

/**
 * Raw counts of one district and skill in a snapshot; only non-zero pairs are stored. Never
 * published as they are: supply counts people and goes through small-cell suppression on read.
 */
@Entity('gap_snapshot_count')
@Check('ck_gap_snapshot_count_values', 'open_slot_openings >= 0 AND supply >= 0')
export class GapSnapshotCount {
  @PrimaryColumn({ type: 'varchar', length: 7, primaryKeyConstraintName: 'pk_gap_snapshot_count' })
  period!: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_gap_snapshot_count' })
  districtCode!: string;

  /** A skill of the vocabulary, like the skill arrays of slots and profiles (no foreign key there either). */
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'pk_gap_snapshot_count' })
  skillId!: string;

  @ManyToOne('GapSnapshot', 'counts', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period', foreignKeyConstraintName: 'fk_gap_snapshot_count_snapshot' })
  snapshot?: GapSnapshot;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_gap_snapshot_count_district' })
  district?: District;

  /** Openings left on OPEN slots of the district requiring the skill. */
  @Column({ type: 'integer' })
  openSlotOpenings!: number;

  /** Active, fresh, complete profiles consented to matching, living in the district, with the skill. */
  @Column({ type: 'integer' })
  supply!: number;
}
