import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { MatchCandidatesArgs, MatchSlotsArgs } from './dto/match.args';
import { CandidateMatchConnection, SlotMatchConnection } from './match.types';
import { MatchingService } from './matching.service';

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Roles(Role.COMPANY_HR)
  @Query(() => CandidateMatchConnection, { description: 'Anonymised candidates ranked for a slot of the caller’s company, each with why.' })
  matchCandidates(@Args() args: MatchCandidatesArgs, @CurrentUser() user: AuthUser): Promise<CandidateMatchConnection> {
    return this.matching.matchCandidates(args.slotId, args, user);
  }

  @Roles(Role.OPERATOR)
  @Query(() => SlotMatchConnection, { description: 'Open slots ranked for a candidate of the caller’s organisation, each with why.' })
  matchSlots(@Args() args: MatchSlotsArgs, @CurrentUser() user: AuthUser): Promise<SlotMatchConnection> {
    return this.matching.matchSlots(args.candidateId, args, user);
  }
}
