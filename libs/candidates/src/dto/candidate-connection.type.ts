import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { Candidate } from '../candidate.entity';

@ObjectType()
export class CandidateConnection extends Connection(Candidate) {}
