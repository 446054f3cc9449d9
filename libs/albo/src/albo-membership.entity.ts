import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '@ipl/companies';
import { AlboStatus } from './albo-status.enum';

@ObjectType({ description: 'The declarations of the admission requirements, as the company made them.' })
export class AlboDeclarations {
  @Field({ description: 'Obligations under L. 68/99 met, or not due.' })
  law68ObligationsMet!: boolean;

  @Field({ description: 'At least one inclusive path (hiring, stage or tirocinio) already run for disadvantaged people (L. 381/91 art. 3).' })
  inclusivePathRun!: boolean;

  @Field({ description: 'An operating site in the metropolitan area (checked against the company sites).' })
  metropolitanSite!: boolean;
}

/** One company's standing in the Albo: its application, admission, logo and renewal. */
@ObjectType({ description: "A company's membership of the Albo metropolitano delle Aziende inclusive." })
@Entity('albo_membership')
@Index('ux_albo_membership_company_id', ['companyId'], { unique: true })
@Index('ix_albo_membership_status', ['status'])
export class AlboMembership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_albo_membership' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  companyId!: string;

  @OneToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_albo_membership_company' })
  company?: Company;

  @Field(() => AlboStatus)
  @Column({ type: 'enum', enum: AlboStatus, enumName: 'albo_status' })
  status!: AlboStatus;

  @Field(() => [String], { description: 'Codes of the sections applied for (and, once admitted, held).' })
  @Column({ type: 'text', array: true })
  sectionCodes!: string[];

  @Column({ type: 'boolean' })
  law68ObligationsMet!: boolean;

  @Column({ type: 'boolean' })
  inclusivePathRun!: boolean;

  @Column({ type: 'boolean' })
  metropolitanSite!: boolean;

  @Field(() => String, { nullable: true, description: 'What the inclusive path already run was, in a few words.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  inclusivePathNote!: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  appliedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The logo number, from the first admission.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  logoNumber!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current logo was granted.' })
  @Column({ type: 'timestamptz', nullable: true })
  admittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'A renewal filed and not yet decided.' })
  @Column({ type: 'timestamptz', nullable: true })
  renewalRequestedAt!: Date | null;

  /** The expiry the last renewal reminder was sent for: one reminder per term. */
  @Column({ type: 'timestamptz', nullable: true })
  reminderSentForExpiry!: Date | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
