import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Comune } from '@ipl/territory';
import { Company } from './company.entity';

/** An operating site of a company, in a comune of the metropolitan area. Position 0 is the main site. */
@ObjectType({ description: 'An operating site of a company; the first is the main one.' })
@Entity('company_site')
@Index('ix_company_site_company_id', ['companyId'])
@Index('ix_company_site_comune_code', ['comuneCode'])
export class CompanySite {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_company_site' })
  id!: string;

  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_company_site_company' })
  company?: Company;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  comuneCode!: string;

  @ManyToOne(() => Comune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'comune_code', foreignKeyConstraintName: 'fk_company_site_comune' })
  comune?: Comune;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position!: number;
}
