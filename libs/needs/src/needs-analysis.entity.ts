import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '@ipl/companies';
import { NeedsAnalysisLine } from './needs-analysis-line.entity';
import { NeedsAnalysisStatus, NeedsPriority } from './needs-analysis-status.enum';

/**
 * Analisi dei fabbisogni: a company's forecast of the people it will need in a period. Each
 * submission is a version; a new version supersedes the submitted one, which stays for history.
 */
@ObjectType({ description: "Analisi dei fabbisogni: a company's forecast of needed profiles for a quarter or half-year." })
@Entity('needs_analysis')
@Index('ux_needs_analysis_company_period_version', ['companyId', 'period', 'version'], { unique: true })
@Index('ux_needs_analysis_open_draft', ['companyId', 'period'], { unique: true, where: `status = 'DRAFT'` })
@Index('ix_needs_analysis_period_status', ['period', 'status'])
@Check('ck_needs_analysis_version', 'version >= 1')
export class NeedsAnalysis {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_needs_analysis' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_needs_analysis_company' })
  company?: Company;

  @Field({ description: 'A quarter (2026-Q1) or a half-year (2026-H1).' })
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => NeedsAnalysisStatus)
  @Column({ type: 'enum', enum: NeedsAnalysisStatus, enumName: 'needs_analysis_status', default: NeedsAnalysisStatus.DRAFT })
  status!: NeedsAnalysisStatus;

  @Field(() => String, { nullable: true, description: 'Notes for the board, checked for personal data.' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes!: string | null;

  @Field(() => [NeedsAnalysisLine])
  @OneToMany(() => NeedsAnalysisLine, (line) => line.analysis, { cascade: ['insert'] })
  lines!: NeedsAnalysisLine[];

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last time a board member marked it reviewed.' })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Field(() => NeedsPriority, { nullable: true, description: "The board's priority, null until set." })
  @Column({ type: 'enum', enum: NeedsPriority, enumName: 'needs_priority', nullable: true })
  priority!: NeedsPriority | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
