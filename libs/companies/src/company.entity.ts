import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'A company: a host of slots, a candidate for the Albo, possibly a board member.' })
@Entity('company')
@Index('ux_company_partita_iva', ['partitaIva'], { unique: true })
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
