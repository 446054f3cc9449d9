import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { Project } from '../project.entity';

@ObjectType()
export class ProjectConnection extends Connection(Project) {}
