import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '@ipl/companies';
import { ProjectOfferStatus } from './project.enums';
import { ProjectNeed } from './project-need.entity';
import { Project } from './project.entity';

/** A board company's offer of support on one need of a project. */
@ObjectType({ description: "A board company's offer of support on a project's need." })
@Entity('project_offer')
@Index('ix_project_offer_project_id', ['projectId'])
@Index('ix_project_offer_need_id', ['needId'])
@Index('ix_project_offer_company_id', ['companyId'])
export class ProjectOffer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_project_offer' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_offer_project' })
  project?: Project;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => ProjectNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_project_offer_need' })
  need?: ProjectNeed;

  @Field(() => ID, { description: 'The board company offering.' })
  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'fk_project_offer_company' })
  company?: Company;

  @Column({ type: 'uuid' })
  offeredById!: string;

  @Field({ description: 'A short note on the support offered.' })
  @Column({ type: 'varchar', length: 500 })
  note!: string;

  @Field(() => ProjectOfferStatus)
  @Column({ type: 'enum', enum: ProjectOfferStatus, enumName: 'project_offer_status', default: ProjectOfferStatus.OFFERED })
  status!: ProjectOfferStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
