import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CheckInState, ProposalSide } from './proposal.enums';
import { Proposal } from './proposal.entity';

@ObjectType({ description: 'A check-in recorded by the company tutor or the operator during a path.' })
@Entity('proposal_check_in')
@Index('ix_proposal_check_in_proposal_created_at', ['proposalId', 'createdAt'])
export class ProposalCheckIn {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_proposal_check_in' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_check_in_proposal' })
  proposal?: Proposal;

  @Field(() => ProposalSide)
  @Column({ type: 'enum', enum: ProposalSide, enumName: 'proposal_side' })
  side!: ProposalSide;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Field(() => CheckInState)
  @Column({ type: 'enum', enum: CheckInState, enumName: 'proposal_check_in_state' })
  state!: CheckInState;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
