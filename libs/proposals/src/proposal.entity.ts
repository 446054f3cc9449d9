import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Candidate } from '@ipl/candidates';
import { Company } from '@ipl/companies';
import { Organisation } from '@ipl/organisations';
import { Slot } from '@ipl/slots';
import { ContractType, DeclineReason, InterruptionReason, PathOutcome, ProposalOrigin, ProposalStatus } from './proposal.enums';

/**
 * A candidate put forward for a slot, and the path that may follow. Company and organisation
 * are copied from the slot and the candidate so that every scope check and report is one
 * indexed filter. No column holds identity: the operator's work contact is read from the user
 * who recorded the person's agreement to meet, and only while the proposal is live.
 */
@ObjectType({ description: 'A candidate proposed for a slot (or requested by the company), and the path that follows.' })
@Entity('proposal')
@Index('ux_proposal_slot_candidate', ['slotId', 'candidateId'], { unique: true })
@Index('ix_proposal_candidate_id', ['candidateId'])
@Index('ix_proposal_company_created_at', ['companyId', 'createdAt'])
@Index('ix_proposal_organisation_created_at', ['organisationId', 'createdAt'])
@Index('ix_proposal_status_created_at', ['status', 'createdAt'])
@Check('ck_proposal_decline_reason', `(status = 'DECLINED') = (decline_reason IS NOT NULL)`)
@Check('ck_proposal_interruption_reason', `(status = 'INTERRUPTED') = (interruption_reason IS NOT NULL)`)
@Check('ck_proposal_hired_contract', `status <> 'HIRED' OR contract_type IS NOT NULL`)
export class Proposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_proposal' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  slotId!: string;

  @ManyToOne(() => Slot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'fk_proposal_slot' })
  slot?: Slot;

  /** Erasing a profile erases its proposals: they would otherwise keep its trace. */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'fk_proposal_candidate' })
  candidate?: Candidate;

  @Field({ description: 'The candidate’s public code (never a name).' })
  @Column({ type: 'varchar', length: 60 })
  candidatePublicCode!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_proposal_company' })
  company?: Company;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_proposal_organisation' })
  organisation?: Organisation;

  @Field(() => ProposalStatus)
  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status' })
  status!: ProposalStatus;

  @Field(() => ProposalOrigin)
  @Column({ type: 'enum', enum: ProposalOrigin, enumName: 'proposal_origin' })
  origin!: ProposalOrigin;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Field(() => String, { nullable: true, description: 'What the proposing side wrote to the other (checked for personal data).' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  /** Set by the clock, not the database, so that deadlines follow the clock tests move. */
  @Field()
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the other side first answered (accepted or declined).' })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  @Field(() => DeclineReason, { nullable: true })
  @Column({ type: 'enum', enum: DeclineReason, enumName: 'proposal_decline_reason', nullable: true })
  declineReason!: DeclineReason | null;

  @Field(() => InterruptionReason, { nullable: true })
  @Column({ type: 'enum', enum: InterruptionReason, enumName: 'proposal_interruption_reason', nullable: true })
  interruptionReason!: InterruptionReason | null;

  @Field(() => String, { nullable: true, description: 'The note given with a decline, withdrawal or interruption; the other side sees it.' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  closingNote!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  interviewOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The day the person agreed to meet the company (this slot only), YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  meetingAgreedOn!: string | null;

  /** The operator who recorded the agreement: the work contact HR then sees. */
  @Column({ type: 'uuid', nullable: true })
  meetingConsentRecordedById!: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the path, YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  startsOn!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the proposal closed (any final or completed state).' })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Field(() => PathOutcome, { nullable: true })
  @Column({ type: 'enum', enum: PathOutcome, enumName: 'proposal_path_outcome', nullable: true })
  outcome!: PathOutcome | null;

  @Field(() => ContractType, { nullable: true })
  @Column({ type: 'enum', enum: ContractType, enumName: 'proposal_contract_type', nullable: true })
  contractType!: ContractType | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  hiredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Feedback of the end assessment.' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  feedback!: string | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
