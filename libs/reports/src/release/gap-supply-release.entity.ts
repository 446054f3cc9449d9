import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from '@ipl/territory';

/** A skill's supply in a district, as released: raw, suppressed on read like every supply figure. */
export interface ReleasedSupply {
  skillId: string;
  supply: number;
}

/**
 * The supply "now" the gaps show for one district, frozen until enough of the district's
 * profiles have changed (see SupplyReleases): asking again after one profile changed gets the
 * same figures.
 */
@Entity('gap_supply_release')
export class GapSupplyRelease {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_gap_supply_release' })
  districtCode!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_gap_supply_release_district' })
  district?: District;

  /** The start of the transaction that counted: a profile saved after it counts as a change since. */
  @Column({ type: 'timestamptz' })
  releasedAt!: Date;

  @Column({ type: 'jsonb' })
  supply!: ReleasedSupply[];
}
