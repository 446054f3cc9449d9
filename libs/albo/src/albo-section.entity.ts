import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A section of the Albo. Sections are data the admin manages, because the register's sections
 * have changed over the years; seeded with the three of the source text.
 */
@ObjectType({ description: 'A section of the Albo metropolitano delle Aziende inclusive.' })
@Entity('albo_section')
export class AlboSection {
  @Field({ description: 'Stable code, e.g. INCLUSIONE_LAVORATIVA.' })
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_albo_section' })
  code!: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  description!: string | null;

  @Field({ description: 'Inactive sections take no new applications; admitted companies keep them.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => Int)
  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
