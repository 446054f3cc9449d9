import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A distretto socio-sanitario of the Città metropolitana di Bologna.' })
@Entity('district')
export class District {
  @Field({ description: 'Stable code, e.g. RENO_LAVINO_SAMOGGIA.' })
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_district' })
  code!: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name!: string;
}
