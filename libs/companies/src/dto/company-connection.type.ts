import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { Company } from '../company.entity';

@ObjectType()
export class CompanyConnection extends Connection(Company) {}
