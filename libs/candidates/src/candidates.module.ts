import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@ipl/auth';
import { OrganisationsModule } from '@ipl/organisations';
import { SearchDocumentSources } from '@ipl/search';
import { SkillsModule } from '@ipl/skills';
import { TerritoryModule } from '@ipl/territory';
import { CandidateCoordinationResolver } from './candidate-coordination.resolver';
import { CandidateCodeSequence } from './candidate-code-sequence.entity';
import { CandidateErasureCount } from './candidate-erasure-count.entity';
import { CandidateJobs } from './candidate-jobs.service';
import { CandidateLink } from './candidate-link.entity';
import { CandidateReferralNotice } from './candidate-referral-notice.entity';
import { CandidateSearchSource } from './candidate-search.source';
import { Candidate } from './candidate.entity';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';
import { PersonKeys } from './person-key';

@Module({
  imports: [
    TypeOrmModule.forFeature([Candidate, CandidateCodeSequence, CandidateErasureCount, CandidateLink, CandidateReferralNotice]),
    AuthModule,
    OrganisationsModule,
    SkillsModule,
    TerritoryModule,
  ],
  providers: [CandidatesService, CandidatesResolver, CandidateCoordinationResolver, CandidateJobs, CandidateSearchSource, PersonKeys],
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
