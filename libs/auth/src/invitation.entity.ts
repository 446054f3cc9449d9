import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@ipl/access';
import { Company } from '@ipl/companies';
import { Organisation } from '@ipl/organisations';
import { District } from '@ipl/territory';
import { User } from './user.entity';

/** An invitation to join with a role and scope; its one-time token is stored as a hash. */
@ObjectType('Invitation', { description: 'An invitation sent by the metropolitan office or a scope admin.' })
@Entity('invitation')
@Index('ux_invitation_token_hash', ['tokenHash'], { unique: true })
@Index('ix_invitation_email', ['email'])
@Index('ix_invitation_expires_at', ['expiresAt'])
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_invitation' })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  companyId!: string | null;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_invitation_company' })
  company?: Company;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_invitation_organisation' })
  organisation?: Organisation;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  districtCode!: string | null;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_invitation_district' })
  district?: District;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  invitedById!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_invitation_invited_by' })
  invitedBy?: User;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when an admin revokes it or a newer invitation to the same address replaces it.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
