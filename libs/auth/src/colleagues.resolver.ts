import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { InvitationSent } from './dto/invitation.type';
import { InviteColleagueInput } from './dto/invite-colleague.input';
import { InvitationsService } from './invitations.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** Company admins and lead operators manage their own colleagues. */
@Resolver(() => User)
export class ColleaguesResolver {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Roles(Role.COMPANY_HR, Role.OPERATOR)
  @Query(() => [User], { description: "Users with the caller's role in the caller's company or organisation." })
  colleagues(@CurrentUser() user: AuthUser): Promise<User[]> {
    return this.users.colleagues(user);
  }

  @Roles(Role.COMPANY_HR, Role.OPERATOR)
  @Mutation(() => InvitationSent, { description: 'Invites a colleague into the same company or organisation (company admin or lead operator only).' })
  inviteColleague(@Args('input') input: InviteColleagueInput, @CurrentUser() user: AuthUser): Promise<InvitationSent> {
    return this.invitations.inviteColleague(input.email, user);
  }

  @Roles(Role.COMPANY_HR, Role.OPERATOR)
  @Mutation(() => User)
  disableColleague(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<User> {
    return this.users.disableColleague(id, user);
  }

  @Roles(Role.COMPANY_HR, Role.OPERATOR)
  @Mutation(() => User)
  enableColleague(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<User> {
    return this.users.enableColleague(id, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Names (or removes) a company admin or lead operator.' })
  setScopeAdmin(
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('scopeAdmin') scopeAdmin: boolean,
    @CurrentUser() user: AuthUser,
  ): Promise<User> {
    return this.users.setScopeAdmin(id, scopeAdmin, user);
  }
}
