import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '@ipl/organisations';
import { Comune, District } from '@ipl/territory';
import { ActiveMeasure, AgeBand, CandidateShift, CandidateStatus, CandidateWorkConditionNeed, ConsentPurpose } from './candidate.enums';
import { CandidateExperience, CandidateLanguage } from './candidate.types';

/**
 * An anonymised candidate profile. By design no column can hold a name, a contact, an address,
 * a date of birth, a codice fiscale, health data or income: identity stays with the operator.
 * The only trace of the person is `personKey`, a keyed HMAC used by the duplicate check, which
 * is never selected by default, never returned and never indexed.
 */
@ObjectType({ description: 'An anonymised candidate profile, kept by a Servizio Sociale Territoriale or a Caritas.' })
@Entity('candidate')
@Index('ux_candidate_public_code', ['publicCode'], { unique: true })
@Index('ix_candidate_organisation_id', ['organisationId'])
@Index('ix_candidate_person_key', ['personKey'])
@Index('ix_candidate_reconfirm_due_at', ['reconfirmDueAt'])
@Index('ix_candidate_retention_until', ['retentionUntil'])
@Index('ix_candidate_residence_district_code', ['residenceDistrictCode'])
@Check('ck_candidate_education_level', 'education_level IS NULL OR education_level BETWEEN 1 AND 8')
@Check('ck_candidate_completeness', 'completeness BETWEEN 0 AND 100')
export class Candidate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_candidate' })
  id!: string;

  @Field({ description: 'Readable code: channel-district-year-sequence, e.g. CAR-SAVENA_IDICE-2026-0042.' })
  @Column({ type: 'varchar', length: 60 })
  publicCode!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_candidate_organisation' })
  organisation?: Organisation;

  @Field({ description: 'District of residence.' })
  @Column({ type: 'varchar', length: 40 })
  residenceDistrictCode!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'residence_district_code', foreignKeyConstraintName: 'fk_candidate_residence_district' })
  residenceDistrict?: District;

  @Field(() => String, { nullable: true, description: 'Comune of residence, when the operator gives it.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  residenceComuneCode!: string | null;

  @ManyToOne(() => Comune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'residence_comune_code', foreignKeyConstraintName: 'fk_candidate_residence_comune' })
  residenceComune?: Comune;

  @Field(() => AgeBand)
  @Column({ type: 'enum', enum: AgeBand, enumName: 'candidate_age_band' })
  ageBand!: AgeBand;

  @Field(() => [String], { description: 'Ids of skills of the vocabulary.' })
  @Column({ type: 'text', array: true })
  skillIds!: string[];

  @Field(() => [String], { description: 'Skills not (yet) in the vocabulary, normalised.' })
  @Column({ type: 'text', array: true })
  freeSkillLabels!: string[];

  @Field(() => [CandidateLanguage])
  @Column({ type: 'jsonb' })
  languages!: CandidateLanguage[];

  @Field(() => Int, { nullable: true, description: 'Education as an EQF level, 1 to 8.' })
  @Column({ type: 'smallint', nullable: true })
  educationLevel!: number | null;

  @Field(() => [CandidateExperience])
  @Column({ type: 'jsonb' })
  experiences!: CandidateExperience[];

  @Field(() => Int, { nullable: true, description: 'Most hours a week the person can work.' })
  @Column({ type: 'smallint', nullable: true })
  hoursPerWeek!: number | null;

  @Field(() => [CandidateShift])
  @Column({ type: 'enum', enum: CandidateShift, enumName: 'candidate_shift', array: true })
  shifts!: CandidateShift[];

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) from which the person is available.' })
  @Column({ type: 'date', nullable: true })
  availableFrom!: string | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  drivingLicence!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  ownVehicle!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Longest acceptable commute by public transport, in minutes.' })
  @Column({ type: 'smallint', nullable: true })
  maxCommuteMinutes!: number | null;

  @Field(() => [String], { description: 'Desired sectors as ATECO sections (A–U).' })
  @Column({ type: 'text', array: true })
  desiredSectors!: string[];

  @Field(() => [CandidateWorkConditionNeed], { description: 'Work conditions the person needs; never a diagnosis.' })
  @Column({ type: 'enum', enum: CandidateWorkConditionNeed, enumName: 'candidate_work_condition_need', array: true })
  supportNeeds!: CandidateWorkConditionNeed[];

  /** Resolved by a guarded field resolver: only the owning organisation reads it. */
  @Column({ type: 'enum', enum: ActiveMeasure, enumName: 'candidate_active_measure', array: true })
  activeMeasures!: ActiveMeasure[];

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) the person gave consent.' })
  @Column({ type: 'date', nullable: true })
  consentGivenAt!: string | null;

  @Field(() => [ConsentPurpose])
  @Column({ type: 'enum', enum: ConsentPurpose, enumName: 'candidate_consent_purpose', array: true })
  consentPurposes!: ConsentPurpose[];

  @Field(() => String, { nullable: true, description: "The operator's notes about work, checked for personal data." })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes!: string | null;

  /** Stored lifecycle; the `status` field adds STALE as of now (see statusAt in candidate-freshness.ts). */
  @Column({ type: 'enum', enum: CandidateStatus, enumName: 'candidate_status', default: CandidateStatus.ACTIVE })
  status!: CandidateStatus;

  @Field(() => Int, { description: 'Share (0–100) of the fields matching needs that are filled in.' })
  @Column({ type: 'smallint' })
  completeness!: number;

  /** HMAC-SHA256(pepper, normalised codice fiscale), hex. Never selected unless asked for. */
  @Column({ type: 'char', length: 64, select: false })
  personKey!: string;

  @Field(() => Date, { description: 'When the operator last confirmed the profile is current.' })
  @Column({ type: 'timestamptz' })
  lastConfirmedAt!: Date;

  @Field(() => Date, { description: 'After this the profile turns STALE unless reconfirmed.' })
  @Column({ type: 'timestamptz' })
  reconfirmDueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  @Field(() => Date, { description: 'The profile is erased after this date (from the last update).' })
  @Column({ type: 'timestamptz' })
  retentionUntil!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
