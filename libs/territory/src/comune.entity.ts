import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from './district.entity';

@ObjectType({ description: 'One of the 55 comuni of the metropolitan area.' })
@Entity('comune')
@Index('ix_comune_district_code', ['districtCode'])
export class Comune {
  @Field({ description: 'Stable code derived from the name, e.g. CASALECCHIO_DI_RENO.' })
  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'pk_comune' })
  code!: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  districtCode!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_comune_district' })
  district?: District;
}
