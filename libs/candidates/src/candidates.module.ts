import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@ipl/auth';
import { NotificationsModule } from '@ipl/notifications';
import { OrganisationsModule } from '@ipl/organisations';
import { SkillsModule } from '@ipl/skills';
import { TerritoryModule } from '@ipl/territory';
import { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
import { CandidateCoordinationFieldsResolver } from './candidate-coordination-fields.resolver';
import { CandidateCoordinationResolver } from './candidate-coordination.resolver';
import { CandidateCoordinationService } from './candidate-coordination.service';
import { CandidateCoordinationViews } from './candidate-coordination.views';
import { CandidateCodeSequence } from './candidate-code-sequence.entity';
import { CandidateErasureCount } from './candidate-erasure-count.entity';
import { CandidateIntakeService } from './candidate-intake.service';
import { CandidateJobs } from './candidate-jobs.service';
import { CandidateLink } from './candidate-link.entity';
import { CandidatePathsService } from './candidate-paths.service';
import { CandidateReferences } from './candidate-references';
import { CandidateRetentionService } from './candidate-retention.service';
import { Candidate } from './candidate.entity';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';
import { CoordinationRequestsResolver } from './coordination-requests.resolver';
import { PersonKeys } from './person-key';

@Module({
  imports: [
    TypeOrmModule.forFeature([Candidate, CandidateCodeSequence, CandidateErasureCount, CandidateLink, CandidateCoordinationRequest]),
    AuthModule,
    NotificationsModule,
    OrganisationsModule,
    SkillsModule,
    TerritoryModule,
  ],
  providers: [
    CandidatesService,
    CandidateIntakeService,
    CandidateReferences,
    CandidateRetentionService,
    CandidatePathsService,
    CandidatesResolver,
    CandidateCoordinationService,
    CandidateCoordinationViews,
    CandidateCoordinationResolver,
    CandidateCoordinationFieldsResolver,
    CoordinationRequestsResolver,
    CandidateJobs,
    PersonKeys,
  ],
  exports: [CandidatesService, CandidateIntakeService, CandidatePathsService, CandidateJobs],
})
export class CandidatesModule {}
