import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AlboMembership } from './albo-membership.entity';
import { AlboDecisionKind, AlboStatus } from './albo-status.enum';

/**
 * One step of a membership's history, with the reviewer's comment or reason. The audit trail
 * records the same step with codes only; the text lives here.
 */
@ObjectType({ description: 'One step of the Albo procedure for a company, with its comment or reason.' })
@Entity('albo_decision')
@Index('ix_albo_decision_membership_id', ['membershipId'])
export class AlboDecision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_albo_decision' })
  id!: string;

  @Column({ type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => AlboMembership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'fk_albo_decision_membership' })
  membership?: AlboMembership;

  @Field(() => AlboDecisionKind)
  @Column({ type: 'enum', enum: AlboDecisionKind, enumName: 'albo_decision_kind' })
  kind!: AlboDecisionKind;

  @Field(() => AlboStatus, { nullable: true })
  @Column({ type: 'enum', enum: AlboStatus, enumName: 'albo_status', nullable: true })
  fromStatus!: AlboStatus | null;

  @Field(() => AlboStatus)
  @Column({ type: 'enum', enum: AlboStatus, enumName: 'albo_status' })
  toStatus!: AlboStatus;

  /** Null for the system (the scheduled lapse). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: "The reviewer's comment, or the reason of a rejection, suspension or revocation." })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt!: Date;
}
