import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from './district.entity';

/** Two districts that share a border: matching prefers the same district, then these. */
@Entity('district_neighbour')
@Index('ix_district_neighbour_neighbour_code', ['neighbourCode'])
export class DistrictNeighbour {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_district_neighbour' })
  districtCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_district_neighbour' })
  neighbourCode!: string;

  @ManyToOne(() => District, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_district_neighbour_district' })
  district?: District;

  @ManyToOne(() => District, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbour_code', foreignKeyConstraintName: 'fk_district_neighbour_neighbour' })
  neighbour?: District;
}
