import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@ipl/auth';
import { Organisation } from '@ipl/organisations';
import { Candidate } from './candidate.entity';
import { CoordinationRequestStatus, STORED_STATUSES, type StoredCoordinationRequestStatus } from './coordination-request-status';

/**
 * One organisation asks another that follows the same person to coordinate, with the person's
 * consent. One row per addressed profile; the rows sent together share `roundId`, and the
 * requester sees only the round (never whom it reached). Shown to the addressee as
 * `IncomingCoordinationRequest`; the requester's profile id is never exposed.
 */
@ObjectType('CandidateCoordinationRequest', {
  description: 'Another organisation asks to coordinate on a person your organisation follows. Accept it to link the two profiles.',
})
@Entity('candidate_coordination_request')
@Index('ix_candidate_coordination_request_requester_candidate_id', ['requesterCandidateId'])
@Index('ix_candidate_coordination_request_target_candidate_id', ['targetCandidateId'])
@Index('ix_candidate_coordination_request_target_organisation_id', ['targetOrganisationId', 'createdAt'])
export class CandidateCoordinationRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_candidate_coordination_request' })
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @Column({ type: 'uuid' })
  requesterCandidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_candidate_id', foreignKeyConstraintName: 'fk_candidate_coordination_request_requester_candidate' })
  requesterCandidate?: Candidate;

  @Column({ type: 'uuid' })
  requesterOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_organisation_id', foreignKeyConstraintName: 'fk_candidate_coordination_request_requester_organisation' })
  requesterOrganisation?: Organisation;

  @Field(() => ID, { description: "Your organisation's profile of the person." })
  @Column({ type: 'uuid' })
  targetCandidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_candidate_id', foreignKeyConstraintName: 'fk_candidate_coordination_request_target_candidate' })
  targetCandidate?: Candidate;

  /** The addressee's organisation, kept so that its list is one indexed read. */
  @Column({ type: 'uuid' })
  targetOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_organisation_id', foreignKeyConstraintName: 'fk_candidate_coordination_request_target_organisation' })
  targetOrganisation?: Organisation;

  /** Stored status; the `status` field adds EXPIRED as of now. */
  @Column({ type: 'enum', enum: STORED_STATUSES, enumName: 'candidate_coordination_request_status', default: CoordinationRequestStatus.PENDING })
  status!: StoredCoordinationRequestStatus;

  @Field({ description: 'Day (YYYY-MM-DD) the person consented to coordination between the services, as the requester recorded it.' })
  @Column({ type: 'date' })
  consentGivenOn!: string;

  /** The requesting operator who recorded the consent. */
  @Column({ type: 'uuid' })
  consentRecordedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_recorded_by_id', foreignKeyConstraintName: 'fk_candidate_coordination_request_consent_recorded_by' })
  consentRecordedBy?: User;

  @Field(() => Date, { description: 'When the request was sent (and the consent recorded).' })
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Unanswered by then, the request expires.' })
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, refused or withdrawn.' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;
}
