import { ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { CompaniesService, Company } from '@ipl/companies';
import { Clock } from '@ipl/core';
import type { ConnectionShape, GraphqlContext } from '@ipl/core';
import { Organisation, OrganisationsService } from '@ipl/organisations';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { AuthPayload } from './dto/auth-payload.type';
import { InvitationConnection } from './dto/invitation-connection.type';
import { InvitationSent } from './dto/invitation.type';
import { InvitationsArgs } from './dto/invitations.args';
import { InviteUserInput } from './dto/invite-user.input';
import { Invitation } from './invitation.entity';
import { InvitationStatus, invitationStatus } from './invitation-status.enum';
import { InvitationsService } from './invitations.service';
import { SessionsService } from './sessions.service';
import { GqlThrottlerGuard } from './throttling/gql-throttler.guard';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly sessions: SessionsService,
    private readonly companies: CompaniesService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => InvitationSent, { description: 'Invites a person by e-mail with a role and the scope it needs.' })
  inviteUser(@Args('input') input: InviteUserInput, @CurrentUser() user: AuthUser): Promise<InvitationSent> {
    return this.service.invite(input, user);
  }

  @Roles(Role.ADMIN)
  @Query(() => InvitationConnection, { description: 'Every invitation, newest first.' })
  invitations(@Args() args: InvitationsArgs): Promise<ConnectionShape<Invitation>> {
    return this.service.list(args);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Invitation, { description: 'Withdraws an invitation not used yet: its link stops working.' })
  revokeInvitation(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Invitation> {
    return this.service.revoke(id, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InvitationSent, { description: 'Sends a new link with the same role and scope; the earlier link stops working.' })
  resendInvitation(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<InvitationSent> {
    return this.service.resend(id, user);
  }

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => AuthPayload, { description: 'Sets the password with the one-time token from the invitation e-mail, and signs in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<AuthPayload> {
    return this.sessions.start(await this.service.accept(input), false);
  }

  @Roles(Role.ADMIN)
  @ResolveField(() => InvitationStatus, { nullable: true, description: 'As of now.' })
  status(@Parent() invitation: Invitation): InvitationStatus {
    return invitationStatus(invitation, this.clock.now());
  }

  @Roles(Role.ADMIN)
  @ResolveField(() => Company, { nullable: true, description: 'For COMPANY_HR and BOARD_MEMBER.' })
  company(@Parent() invitation: Invitation, @Context() context: GraphqlContext): Promise<Company | null> {
    return invitation.companyId ? this.companies.loaders(context.loaders).company(invitation.companyId) : Promise.resolve(null);
  }

  @Roles(Role.ADMIN)
  @ResolveField(() => Organisation, { nullable: true, description: 'For OPERATOR.' })
  organisation(@Parent() invitation: Invitation, @Context() context: GraphqlContext): Promise<Organisation | null> {
    return invitation.organisationId ? this.organisations.loaders(context.loaders).organisation(invitation.organisationId) : Promise.resolve(null);
  }
}
