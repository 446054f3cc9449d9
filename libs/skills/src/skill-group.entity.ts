import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A sector of the skills vocabulary, e.g. Ristorazione or Logistica e magazzino.' })
@Entity('skill_group')
export class SkillGroup {
  @Field({ description: 'Stable code, e.g. RISTORAZIONE.' })
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_skill_group' })
  code!: string;

  @Field({ description: 'Italian label.' })
  @Column({ type: 'varchar', length: 120 })
  label!: string;
}
