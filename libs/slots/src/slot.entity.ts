import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '@ipl/companies';
import { Comune, District } from '@ipl/territory';
import { Shift } from './shift.enum';
import { SlotKind } from './slot-kind.enum';
import { SlotLanguage } from './slot-language';
import { SlotStatus } from './slot-status.enum';

/**
 * A place a company offers: a tirocinio, an avvicinamento al lavoro or a job. What the
 * workplace offers (tutor, gradual start, step-free access, shifts, public transport) is
 * recorded so that people are matched on work conditions, never on a diagnosis.
 */
@ObjectType({ description: 'A tirocinio, avvicinamento al lavoro or job offered by a company.' })
@Entity('slot')
@Index('ix_slot_company_id', ['companyId'])
@Index('ix_slot_comune_code', ['comuneCode'])
@Index('ix_slot_status_district_code', ['status', 'districtCode'])
@Index('ix_slot_created_at', ['createdAt'])
@Check('ck_slot_openings', 'openings >= 1 AND openings_taken >= 0 AND openings_taken <= openings')
@Check('ck_slot_hours_per_week', 'hours_per_week BETWEEN 1 AND 48')
export class Slot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_slot' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_slot_company' })
  company?: Company;

  @Field(() => SlotKind)
  @Column({ type: 'enum', enum: SlotKind, enumName: 'slot_kind' })
  kind!: SlotKind;

  @Field(() => SlotStatus)
  @Column({ type: 'enum', enum: SlotStatus, enumName: 'slot_status', default: SlotStatus.DRAFT })
  status!: SlotStatus;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Field()
  @Column({ type: 'varchar', length: 4000 })
  description!: string;

  @Field(() => [String], { description: 'Ids of required skills in the vocabulary.' })
  @Column({ type: 'text', array: true })
  requiredSkillIds!: string[];

  @Field(() => [String], { description: 'Ids of nice-to-have skills in the vocabulary.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  niceToHaveSkillIds!: string[];

  @Field(() => [String], { description: 'Skills outside the vocabulary, normalised (lower case, no accents, single spaces).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  freeSkillLabels!: string[];

  @Field()
  @Column({ type: 'varchar', length: 60 })
  comuneCode!: string;

  @ManyToOne(() => Comune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'comune_code', foreignKeyConstraintName: 'fk_slot_comune' })
  comune?: Comune;

  /** The comune's district, kept for filtering and matching. */
  @Field()
  @Column({ type: 'varchar', length: 40 })
  districtCode!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_slot_district' })
  district?: District;

  @Field(() => Int)
  @Column({ type: 'integer' })
  openings!: number;

  @Field(() => Int, { description: 'Openings used by started paths.' })
  @Column({ type: 'integer', default: 0 })
  openingsTaken!: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  hoursPerWeek!: number;

  @Field(() => [Shift])
  @Column({ type: 'enum', enum: Shift, enumName: 'slot_shift', array: true, default: () => "'{}'" })
  shifts!: Shift[];

  @Field({ description: 'YYYY-MM-DD.' })
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  durationMonths!: number | null;

  @Field(() => [SlotLanguage])
  @Column({ type: 'jsonb', default: [] })
  languages!: SlotLanguage[];

  @Field()
  @Column({ type: 'boolean', default: false })
  drivingLicenceRequired!: boolean;

  @Field({ description: 'A tutor follows the person at the workplace.' })
  @Column({ type: 'boolean', default: false })
  offersTutor!: boolean;

  @Field({ description: 'Hours can start low and grow.' })
  @Column({ type: 'boolean', default: false })
  offersGradualStart!: boolean;

  @Field()
  @Column({ type: 'boolean', default: false })
  stepFreeAccess!: boolean;

  @Field()
  @Column({ type: 'boolean', default: false })
  reachableByPublicTransport!: boolean;

  @Field({ description: 'Someone helps the person with Italian at work (instructions, safety signs), for who needs language support.' })
  @Column({ type: 'boolean', default: false })
  offersLanguageSupport!: boolean;

  @Field(() => String, { nullable: true, description: 'No new proposals until this day (YYYY-MM-DD), included: the pause HR sets.' })
  @Column({ type: 'date', nullable: true })
  pausedUntil!: string | null;

  /**
   * A pause of its own beside HR's: it starts when the company loses its standing and ends when
   * it regains it, while HR's date is left as HR set it; the slot takes proposals when neither holds.
   */
  @Field(() => Date, {
    nullable: true,
    description: 'Since when new proposals are paused because the company is no longer active in the Albo or on the board; null when it is. Lifted when the company is active again.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  pausedForStandingAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'At most this many new proposals a calendar month.' })
  @Column({ type: 'integer', nullable: true })
  monthlyProposalCap!: number | null;

  /**
   * Operators' proposals the slot received in `intakeMonth` (its first day), written with each
   * proposal: the search document says from it whether the cap is reached, and until when, so
   * that matching can leave a capped slot out and take it back when the month turns without a job.
   */
  @Column({ type: 'date', nullable: true })
  intakeMonth!: string | null;

  @Column({ type: 'integer', default: 0 })
  intakeCount!: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Last time HR changed or confirmed the slot: an OPEN slot unchanged too long is unpublished. */
  @Field({ description: 'Last time HR changed or confirmed the slot.' })
  @Column({ type: 'timestamptz' })
  contentChangedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  staleReminderSentAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the stale job last took the slot back to DRAFT.' })
  @Column({ type: 'timestamptz', nullable: true })
  unpublishedAt!: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
