import { Module } from '@nestjs/common';
import { BoardModule } from '@ipl/board';
import { CandidatesModule } from '@ipl/candidates';
import { MatchIndexModule } from '@ipl/match-index';
import { ProposalsModule } from '@ipl/proposals';
import { SkillsModule } from '@ipl/skills';
import { SlotsModule } from '@ipl/slots';
import { TerritoryModule } from '@ipl/territory';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({
  imports: [BoardModule, SlotsModule, CandidatesModule, MatchIndexModule, SkillsModule, TerritoryModule, ProposalsModule],
  providers: [MatchingService, MatchingResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
