import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NeedsAnalysis } from './needs-analysis.entity';
import { NeedsPriority, NeedsReviewAction } from './needs-analysis-status.enum';

/** The board's review history of an analysis: append-only, one row per action. */
@ObjectType({ description: "One step of the board's review of a needs analysis." })
@Entity('needs_review')
@Index('ix_needs_review_analysis_created_at', ['analysisId', 'createdAt'])
export class NeedsReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_needs_review' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  analysisId!: string;

  @ManyToOne(() => NeedsAnalysis, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'analysis_id', foreignKeyConstraintName: 'fk_needs_review_analysis' })
  analysis?: NeedsAnalysis;

  @Field(() => ID, { description: 'The board member who acted.' })
  @Column({ type: 'uuid' })
  actorId!: string;

  @Field(() => ID, { description: "The board member's company." })
  @Column({ type: 'uuid' })
  actorCompanyId!: string;

  @Field(() => NeedsReviewAction)
  @Column({ type: 'enum', enum: NeedsReviewAction, enumName: 'needs_review_action' })
  action!: NeedsReviewAction;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment!: string | null;

  @Field(() => NeedsPriority, { nullable: true })
  @Column({ type: 'enum', enum: NeedsPriority, enumName: 'needs_review_priority', nullable: true })
  priority!: NeedsPriority | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
