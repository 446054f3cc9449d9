import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from '@ipl/territory';
import type { OutcomeCountRow, ReasonCountRow } from '../outcome-report.query';

/** A district's counts of a year, as released: raw, never published as they are (suppression runs on read). */
export interface ReleasedCounts {
  outcomes: OutcomeCountRow[];
  reasons: ReasonCountRow[];
}

/**
 * The counts every outcome report of a year shows for one district, frozen until enough of the
 * district's people have changed (see OutcomeReleases): asking again after one transition gets
 * the same figures, so two asks never isolate one person's change.
 */
@Entity('outcome_report_release')
export class OutcomeReportRelease {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_outcome_report_release' })
  year!: number;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_outcome_report_release' })
  districtCode!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_outcome_report_release_district' })
  district?: District;

  /** The start of the transaction that counted: a change committed after it counts as a change since. */
  @Column({ type: 'timestamptz' })
  releasedAt!: Date;

  @Column({ type: 'jsonb' })
  counts!: ReleasedCounts;
}
