import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
