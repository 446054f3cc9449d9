import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillGroup } from './skill-group.entity';

@ObjectType({ description: 'One entry of the shipped skills vocabulary, shared by slots and candidate profiles.' })
@Entity('skill')
@Index('ix_skill_group_code', ['groupCode'])
export class Skill {
  @Field(() => ID, { description: "Stable readable slug of the label, e.g. 'saldatura-a-filo'." })
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'pk_skill' })
  id!: string;

  @Field({ description: 'Italian label, as HR staff and operators write it.' })
  @Column({ type: 'varchar', length: 120 })
  label!: string;

  @Column({ type: 'varchar', length: 40 })
  groupCode!: string;

  @Field(() => [String], { description: 'Italian synonyms the search also matches (e.g. muletto for carrello elevatore).' })
  @Column({ type: 'text', array: true })
  synonyms!: string[];

  @ManyToOne(() => SkillGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_code', foreignKeyConstraintName: 'fk_skill_group' })
  group?: SkillGroup;
}
