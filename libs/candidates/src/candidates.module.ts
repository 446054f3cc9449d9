import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@ipl/auth';
import { NotificationsModule } from '@ipl/notifications';
import { OrganisationsModule } from '@ipl/organisations';
import { SearchDocumentSources } from '@ipl/search';
import { SkillsModule } from '@ipl/skills';
import { TerritoryModule } from '@ipl/territory';
import { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
import { CandidateCoordinationFieldsResolver } from './candidate-coordination-fields.resolver';
import { CandidateCoordinationResolver } from './candidate-coordination.resolver';
import { CandidateCoordinationService } from './candidate-coordination.service';
import { CandidateCoordinationViews } from './candidate-coordination.views';
import { CandidateCodeSequence } from './candidate-code-sequence.entity';
import { CandidateErasureCount } from './candidate-erasure-count.entity';
import { CandidateJobs } from './candidate-jobs.service';
import { CandidateLink } from './candidate-link.entity';
import { CandidateSearchSource } from './candidate-search.source';
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
    CandidatesResolver,
    CandidateCoordinationService,
    CandidateCoordinationViews,
    CandidateCoordinationResolver,
    CandidateCoordinationFieldsResolver,
    CoordinationRequestsResolver,
    CandidateJobs,
    CandidateSearchSource,
    PersonKeys,
  ],
  exports: [CandidatesService, CandidateJobs],
})
export class CandidatesModule implements OnModuleInit {
  constructor(
    private readonly sources: SearchDocumentSources,
    private readonly searchSource: CandidateSearchSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(this.searchSource);
  }
}
