import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { CandidateCoordinationRequest } from '../candidate-coordination-request.entity';

@ObjectType()
export class CandidateCoordinationRequestConnection extends Connection(CandidateCoordinationRequest) {}
