import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { District } from '@ipl/territory';
import { Channel } from './channel.enum';

@ObjectType({ description: 'A Servizio Sociale Territoriale or a Caritas, in one district.' })
@Entity('organisation')
@Index('ix_organisation_district_code', ['districtCode'])
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organisation' })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Field(() => Channel)
  @Column({ type: 'enum', enum: Channel, enumName: 'channel' })
  channel!: Channel;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  districtCode!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_organisation_district' })
  district?: District;

  /**
   * The organisation's work contact (an office mailbox, not a person's), given to another
   * organisation of the network that must coordinate with it about a person both follow.
   */
  @Field(() => String, { nullable: true, description: "The office's work e-mail, for coordination between services." })
  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: "The office's work phone, for coordination between services." })
  @Column({ type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
