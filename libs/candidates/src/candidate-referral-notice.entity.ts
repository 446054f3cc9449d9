import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '@ipl/organisations';
import { Candidate } from './candidate.entity';

/**
 * Tells the organisation that keeps a profile that another organisation tried to refer the
 * same person. The other organisation is named only when the new referral's consent covers
 * coordination between services; otherwise the notice points to the district's Ufficio di Piano.
 */
@Entity('candidate_referral_notice')
@Index('ix_candidate_referral_notice_candidate_id', ['candidateId'])
export class CandidateReferralNotice {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_candidate_referral_notice' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'fk_candidate_referral_notice_candidate' })
  candidate?: Candidate;

  /** Null when the referring organisation may not be named. */
  @Column({ type: 'uuid', nullable: true })
  referringOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referring_organisation_id', foreignKeyConstraintName: 'fk_candidate_referral_notice_organisation' })
  referringOrganisation?: Organisation;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
