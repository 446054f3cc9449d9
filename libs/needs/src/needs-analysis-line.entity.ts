import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SlotKind } from '@ipl/slots';
import { District } from '@ipl/territory';
import type { NeedsAnalysis } from './needs-analysis.entity';

/** One forecast line: how many people of a profile, with which skills, where, on which kind of path. */
@ObjectType({ description: 'One line of a needs analysis: a profile, its skills, head count, district and kind.' })
@Entity('needs_analysis_line')
@Index('ix_needs_analysis_line_analysis_id', ['analysisId'])
@Index('ix_needs_analysis_line_district_code', ['districtCode'])
@Check('ck_needs_analysis_line_head_count', 'head_count BETWEEN 1 AND 1000')
export class NeedsAnalysisLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_needs_analysis_line' })
  id!: string;

  @Column({ type: 'uuid' })
  analysisId!: string;

  @ManyToOne('NeedsAnalysis', 'lines', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'analysis_id', foreignKeyConstraintName: 'fk_needs_analysis_line_analysis' })
  analysis?: NeedsAnalysis;

  @Field(() => Int, { description: 'Order of the line in the analysis.' })
  @Column({ type: 'smallint' })
  position!: number;

  @Field({ description: 'Profile or occupation, e.g. aiuto cuoco.' })
  @Column({ type: 'varchar', length: 120 })
  occupation!: string;

  @Field(() => [String], { description: 'Ids of skills of the vocabulary.' })
  @Column({ type: 'text', array: true })
  skillIds!: string[];

  @Field(() => Int)
  @Column({ type: 'integer' })
  headCount!: number;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  districtCode!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_needs_analysis_line_district' })
  district?: District;

  @Field(() => SlotKind)
  @Column({ type: 'enum', enum: SlotKind, enumName: 'needs_analysis_line_kind' })
  kind!: SlotKind;
}
