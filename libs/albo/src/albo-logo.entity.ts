import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Company } from '@ipl/companies';
import { AlboLogoState } from './albo-status.enum';

/**
 * Every Logo di Azienda Inclusiva ever granted, so that anyone who sees a logo can check its
 * number, including a number superseded by a later admission.
 */
@Entity('albo_logo')
@Index('ix_albo_logo_company_id', ['companyId'])
export class AlboLogo {
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_albo_logo' })
  number!: string;

  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_albo_logo_company' })
  company?: Company;

  @Column({ type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'enum', enum: AlboLogoState, enumName: 'albo_logo_state' })
  state!: AlboLogoState;
}
