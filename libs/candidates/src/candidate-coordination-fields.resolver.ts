import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { GraphqlContext } from '@ipl/core';
import { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
import { CandidateCoordinationService } from './candidate-coordination.service';
import { CandidateCoordinationViews } from './candidate-coordination.views';
import { CandidateLoaders } from './candidate.loaders';
import { Candidate } from './candidate.entity';
import { CoordinationConsentInput } from './dto/coordination.inputs';
import { CandidateCoordination, OutgoingCoordinationRequest } from './dto/coordination.types';

/**
 * Coordination as seen from a profile, by its own organisation only (others get null): the
 * organisations it is linked with, the request it sent, the requests addressed to it.
 */
@Resolver(() => Candidate)
export class CandidateCoordinationFieldsResolver {
  constructor(
    private readonly coordination: CandidateCoordinationService,
    private readonly views: CandidateCoordinationViews,
  ) {}

  @Roles(Role.OPERATOR)
  @Mutation(() => Candidate, {
    description:
      'Asks the other organisations that follow the person to coordinate, recording the person\'s consent (you, now). Whom it reaches is not shown; an accepted request appears in `coordinatedWith`.',
  })
  requestCoordination(
    @Args('candidateId', { type: () => ID }, ParseUUIDPipe) candidateId: string,
    @Args('input') input: CoordinationConsentInput,
    @CurrentUser() user: AuthUser,
  ): Promise<Candidate> {
    return this.coordination.request(candidateId, input, user);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => Candidate, { description: "Withdraws the profile's pending coordination request." })
  withdrawCoordinationRequest(@Args('candidateId', { type: () => ID }, ParseUUIDPipe) candidateId: string, @CurrentUser() user: AuthUser): Promise<Candidate> {
    return this.coordination.withdraw(candidateId, user);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => [CandidateCoordination], { nullable: true, description: 'Other organisations following the same person, after they accepted to coordinate.' })
  coordinatedWith(@Parent() candidate: Candidate, @CurrentUser() user: AuthUser, @Context() context: GraphqlContext): Promise<CandidateCoordination[]> | null {
    if (user.organisationId !== candidate.organisationId) return null;
    return new CandidateLoaders(this.views, context.loaders).coordination(candidate.id);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => OutgoingCoordinationRequest, { nullable: true, description: 'The latest coordination request this profile sent, if any.' })
  coordinationRequest(@Parent() candidate: Candidate, @CurrentUser() user: AuthUser, @Context() context: GraphqlContext): Promise<OutgoingCoordinationRequest | null> | null {
    if (user.organisationId !== candidate.organisationId) return null;
    return new CandidateLoaders(this.views, context.loaders).outgoingRequest(candidate.id);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => [CandidateCoordinationRequest], { nullable: true, description: 'Requests of other organisations to coordinate on this person, oldest first.' })
  coordinationRequests(@Parent() candidate: Candidate, @CurrentUser() user: AuthUser, @Context() context: GraphqlContext): Promise<CandidateCoordinationRequest[]> | null {
    if (user.organisationId !== candidate.organisationId) return null;
    return new CandidateLoaders(this.views, context.loaders).incomingRequests(candidate.id);
  }
}
