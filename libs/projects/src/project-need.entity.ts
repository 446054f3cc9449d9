import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProjectNeedKind, ProjectNeedStatus } from './project.enums';
import type { Project } from './project.entity';

/** One thing a project needs (mentoring, premises, …); MET once an offer on it is accepted. */
@ObjectType({ description: 'One need of an entrepreneurial project.' })
@Entity('project_need')
@Index('ix_project_need_project_id', ['projectId'])
@Index('ix_project_need_status', ['status'])
export class ProjectNeed {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_project_need' })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne('Project', 'needs', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_need_project' })
  project?: Project;

  @Field(() => ProjectNeedKind)
  @Column({ type: 'enum', enum: ProjectNeedKind, enumName: 'project_need_kind' })
  kind!: ProjectNeedKind;

  @Field(() => String, { nullable: true, description: 'What exactly is needed, checked for personal data.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  detail!: string | null;

  @Field(() => ProjectNeedStatus)
  @Column({ type: 'enum', enum: ProjectNeedStatus, enumName: 'project_need_status', default: ProjectNeedStatus.OPEN })
  status!: ProjectNeedStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
