import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { NeedsAnalysis } from '../needs-analysis.entity';

@ObjectType()
export class NeedsAnalysisConnection extends Connection(NeedsAnalysis) {}
