import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { AuthPayload } from './dto/auth-payload.type';
import { InvitationSent } from './dto/invitation.type';
import { InviteUserInput } from './dto/invite-user.input';
import { InvitationsService } from './invitations.service';
import { SessionsService } from './sessions.service';
import { GqlThrottlerGuard } from './throttling/gql-throttler.guard';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => InvitationSent, { description: 'Invites a person by e-mail with a role and the scope it needs.' })
  inviteUser(@Args('input') input: InviteUserInput, @CurrentUser() user: AuthUser): Promise<InvitationSent> {
    return this.invitations.invite(input, user);
  }

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => AuthPayload, { description: 'Sets the password with the one-time token from the invitation e-mail, and signs in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<AuthPayload> {
    return this.sessions.start(await this.invitations.accept(input), false);
  }
}
