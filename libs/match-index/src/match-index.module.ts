import { Module, OnModuleInit } from '@nestjs/common';
import { SearchDocumentSources } from '@ipl/search';
import { SkillsModule } from '@ipl/skills';
import { CandidateIndexSource } from './candidate-index.source';
import { MatchIndexQueries } from './match-index-queries';
import { MatchIndexRecheck } from './match-recheck';
import { SlotIndexSource } from './slot-index.source';

/**
 * Everything about the match index in one place: what the candidates' and slots' indexes hold
 * and how they are set up, how a document is built from PostgreSQL, the filter language, the
 * recheck and the ranking formula. Candidates and slots only say, through the search outbox,
 * which ids changed; this module reads their tables to build the documents (a read model of
 * them, the only reader outside their libraries), so the worker needs it and @ipl/search alone.
 */
@Module({
  imports: [SkillsModule],
  providers: [CandidateIndexSource, SlotIndexSource, MatchIndexQueries, MatchIndexRecheck],
  exports: [MatchIndexQueries, MatchIndexRecheck],
})
export class MatchIndexModule implements OnModuleInit {
  constructor(
    private readonly sources: SearchDocumentSources,
    private readonly candidates: CandidateIndexSource,
    private readonly slots: SlotIndexSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(this.candidates);
    this.sources.register(this.slots);
  }
}
