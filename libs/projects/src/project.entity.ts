import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '@ipl/organisations';
import { District } from '@ipl/territory';
import { ProjectStage } from './project.enums';
import { ProjectNeed } from './project-need.entity';

/**
 * Nuovo progetto imprenditoriale: a person's or a social cooperative's business idea brought by
 * an operator, recorded without identity so the board's companies can help it.
 */
@ObjectType({ description: 'A new entrepreneurial project, without identity, and what it needs.' })
@Entity('project')
@Index('ix_project_organisation_id', ['organisationId'])
@Index('ix_project_district_code', ['districtCode'])
@Index('ix_project_open_need_count', ['openNeedCount'])
@Check('ck_project_ateco_section', `ateco_section ~ '^[A-U]$'`)
@Check('ck_project_open_need_count', 'open_need_count >= 0')
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_project' })
  id!: string;

  @Field(() => ID, { description: 'The organisation whose operator follows the project.' })
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_project_organisation' })
  organisation?: Organisation;

  @Field({ description: 'ATECO 2007 section letter (A–U) of the activity.' })
  @Column({ type: 'char', length: 1 })
  atecoSection!: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  districtCode!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'fk_project_district' })
  district?: District;

  @Field(() => ProjectStage)
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage', default: ProjectStage.IDEA })
  stage!: ProjectStage;

  @Field({ description: 'A short description, checked for personal data.' })
  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  @Field(() => Int, { description: 'How many of its needs are still open.' })
  @Column({ type: 'integer', default: 0 })
  openNeedCount!: number;

  @Field(() => [ProjectNeed])
  @OneToMany(() => ProjectNeed, (need) => need.project, { cascade: ['insert'] })
  needs!: ProjectNeed[];

  @Column({ type: 'uuid' })
  createdById!: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
