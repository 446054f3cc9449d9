import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Candidate } from './candidate.entity';

/**
 * Two profiles of the same person kept by two organisations that have coordinated. Stored in
 * both directions, so each organisation finds the link from its own profile.
 */
@Entity('candidate_link')
@Index('ix_candidate_link_linked_candidate_id', ['linkedCandidateId'])
export class CandidateLink {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_candidate_link' })
  candidateId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_candidate_link' })
  linkedCandidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'fk_candidate_link_candidate' })
  candidate?: Candidate;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'linked_candidate_id', foreignKeyConstraintName: 'fk_candidate_link_linked_candidate' })
  linkedCandidate?: Candidate;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
