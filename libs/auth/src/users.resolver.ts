import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { User } from './user.entity';
import { UsersService } from './users.service';

// Ids are checked as UUIDs: PostgreSQL would refuse another string with an internal error.
@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: "Disables an account and ends its sessions at once." })
  disableUser(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<User> {
    return this.users.disable(id, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  enableUser(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<User> {
    return this.users.enable(id, user);
  }
}
