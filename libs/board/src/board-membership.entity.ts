import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Company } from '@ipl/companies';

/**
 * A company's seat on the Protocol's board, from `since` to `until` (open while null). Past
 * seats are kept; at most one seat per company is open at a time.
 */
@ObjectType({ description: "A company's seat on the board of the Protocol Insieme per il lavoro." })
@Entity('board_membership')
@Index('ix_board_membership_company_id', ['companyId'])
@Index('ux_board_membership_open', ['companyId'], { unique: true, where: 'until IS NULL' })
export class BoardMembership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_board_membership' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_board_membership_company' })
  company?: Company;

  @Field({ description: 'First day on the board (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  since!: string;

  @Field(() => String, { nullable: true, description: 'Last day on the board; null while the seat is open.' })
  @Column({ type: 'date', nullable: true })
  until!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
