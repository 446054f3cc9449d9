import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@ipl/access';
import { Company } from '@ipl/companies';
import { Organisation } from '@ipl/organisations';
import { District } from '@ipl/territory';

/**
 * A person who signs in: staff of companies, organisations, districts and the metropolitan
 * office. Candidates are never users; they have no identity here at all.
 */
@ObjectType('User')
@Entity('app_user')
@Index('ux_app_user_email', ['email'], { unique: true })
@Index('ix_app_user_company_id', ['companyId'])
@Index('ix_app_user_organisation_id', ['organisationId'])
@Check(
  'ck_app_user_scope',
  `(role <> 'COMPANY_HR' OR company_id IS NOT NULL)
   AND (role <> 'BOARD_MEMBER' OR company_id IS NOT NULL)
   AND (role <> 'OPERATOR' OR (organisation_id IS NOT NULL AND district_code IS NOT NULL))
   AND (role <> 'DISTRICT_COORDINATOR' OR district_code IS NOT NULL)`,
)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id!: string;

  /** Stored lower-case; the login name. */
  @Field()
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  companyId!: string | null;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_app_user_company' })
  company?: Company;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_app_user_organisation' })
  organisation?: Organisation;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  districtCode!: string | null;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_app_user_district' })
  district?: District;

  @Field({ description: "Company admin (HR) or lead operator: can invite and disable colleagues in the same scope." })
  @Column({ type: 'boolean', default: false })
  scopeAdmin!: boolean;

  /** Bumped on logout, disabling and password change: every older access token stops working. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion!: number;

  /** Sealed by TotpSecretCipher: never the plain base32 secret. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  totpSecret!: string | null;

  /** Secret shown at enrolment (sealed), kept until the user proves it with a first code. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  totpPendingSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The 30-second step of the last code accepted: a code is good once, even within its window. */
  @Column({ type: 'integer', nullable: true })
  totpLastStep!: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Who disabled the account: a scope admin may undo its own scope's decisions, never an ADMIN's. */
  @Column({ type: 'uuid', nullable: true })
  disabledById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'disabled_by_id', foreignKeyConstraintName: 'fk_app_user_disabled_by' })
  disabledBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Boolean, { description: 'Whether the user signs in with a TOTP code as second factor.' })
  get secondFactorEnabled(): boolean {
    return this.totpEnabledAt !== null;
  }
}
