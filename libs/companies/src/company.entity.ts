import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SizeBand } from './size-band.enum';

/**
 * ATECO code, size band and contact e-mail are nullable in the table only for companies
 * recorded before the profile existed; the API requires them when it creates a company.
 */
@ObjectType({ description: 'A company: a host of slots, a candidate for the Albo, possibly a board member.' })
@Entity('company')
@Index('ux_company_partita_iva', ['partitaIva'], { unique: true })
@Index('ix_company_ateco_section', ['atecoSection'])
export class Company {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_company' })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  legalName!: string;

  @Field({ description: 'Partita IVA: 11 digits, the last a check digit.' })
  @Column({ type: 'char', length: 11 })
  partitaIva!: string;

  @Field(() => String, { nullable: true, description: 'ATECO 2007 code of the main activity, e.g. 10.71.10.' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  atecoCode!: string | null;

  /** The section letter (A–U) of the ATECO code, kept for filtering. */
  @Column({ type: 'char', length: 1, nullable: true })
  atecoSection!: string | null;

  @Field(() => SizeBand, { nullable: true })
  @Column({ type: 'enum', enum: SizeBand, enumName: 'company_size_band', nullable: true })
  sizeBand!: SizeBand | null;

  @Field(() => String, { nullable: true, description: 'Where the platform writes to the company (reminders, notices).' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
