import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { ConnectionShape, GraphqlContext } from '@ipl/core';
import { OrganisationsService } from '@ipl/organisations';
import { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
import { CandidateCoordinationService } from './candidate-coordination.service';
import { CandidateCoordinationViews, contactOf } from './candidate-coordination.views';
import { CoordinationRequestStatus } from './coordination-request-status';
import { CandidateCoordinationRequestConnection } from './dto/coordination-request-connection.type';
import { CoordinationRequestsArgs } from './dto/coordination.inputs';
import { CoordinationContact } from './dto/coordination.types';

/**
 * The addressee's side: requests reach only operators of the organisation they are addressed
 * to; for anyone else a request does not exist (NOT_FOUND, as for an unknown id).
 */
@Resolver(() => CandidateCoordinationRequest)
export class CoordinationRequestsResolver {
  constructor(
    private readonly coordination: CandidateCoordinationService,
    private readonly views: CandidateCoordinationViews,
    private readonly organisations: OrganisationsService,
  ) {}

  @Roles(Role.OPERATOR)
  @Query(() => CandidateCoordinationRequestConnection, { description: 'Coordination requests addressed to your organisation, newest first.' })
  coordinationRequests(@Args() args: CoordinationRequestsArgs, @CurrentUser() user: AuthUser): Promise<ConnectionShape<CandidateCoordinationRequest>> {
    return this.views.incoming(args, user);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => CandidateCoordinationRequest, { description: 'Accepts a request addressed to your organisation: the two profiles are linked and each side sees the other. Audited.' })
  acceptCoordinationRequest(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CandidateCoordinationRequest> {
    return this.coordination.accept(id, user);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => CandidateCoordinationRequest, { description: 'Refuses a request addressed to your organisation: the requester is told only that it was refused. Audited.' })
  refuseCoordinationRequest(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CandidateCoordinationRequest> {
    return this.coordination.refuse(id, user);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => CoordinationRequestStatus, { description: 'As of now: PENDING turns EXPIRED past `expiresAt`.' })
  status(@Parent() request: CandidateCoordinationRequest): CoordinationRequestStatus {
    return this.views.statusOf(request);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => CoordinationContact, { nullable: true, description: 'The organisation asking, with its office contact: it chose to make itself known.' })
  async requestingOrganisation(@Parent() request: CandidateCoordinationRequest, @Context() context: GraphqlContext): Promise<CoordinationContact | null> {
    const organisation = await this.organisations.loaders(context.loaders).organisation(request.requesterOrganisationId);
    return organisation ? contactOf(organisation) : null;
  }
}
