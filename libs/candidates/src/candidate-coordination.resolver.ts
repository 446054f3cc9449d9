import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { GraphqlContext } from '@ipl/core';
import { CandidateCoordinationViews } from './candidate-coordination.views';
import { CandidateLoaders } from './candidate.loaders';
import { ActiveMeasure } from './candidate.enums';
import { CandidateCoordination } from './dto/coordination.types';

/**
 * A coordination link is reached only from the caller's own profile (Candidate.coordinatedWith
 * answers null to anyone else), so whoever gets here is an operator of the linked organisation:
 * the one other organisation that may see the person's active measures.
 */
@Resolver(() => CandidateCoordination)
export class CandidateCoordinationResolver {
  constructor(private readonly views: CandidateCoordinationViews) {}

  @Roles(Role.OPERATOR)
  @ResolveField(() => [ActiveMeasure], {
    nullable: true,
    description: 'Active measures the person is in, as recorded by the linked organisation. Audited as a read of its profile.',
  })
  async activeMeasures(
    @Parent() link: CandidateCoordination,
    @CurrentUser() user: AuthUser,
    @Context() context: GraphqlContext,
  ): Promise<ActiveMeasure[]> {
    await new CandidateLoaders(this.views, context.loaders).linkedRead(link.linkedCandidateId, user);
    return link.activeMeasures;
  }
}
