import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { Organisation } from '../organisation.entity';

@ObjectType()
export class OrganisationConnection extends Connection(Organisation) {}
