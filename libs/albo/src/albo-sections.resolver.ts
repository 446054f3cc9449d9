import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AlboSection } from './albo-section.entity';
import { AlboSectionsService } from './albo-sections.service';
import { CreateAlboSectionInput, UpdateAlboSectionInput } from './dto/albo-section.input';

@Resolver(() => AlboSection)
export class AlboSectionsResolver {
  constructor(private readonly sections: AlboSectionsService) {}

  @Public()
  @Query(() => [AlboSection], { description: 'The active sections of the Albo (all of them with includeInactive, for the admin screens).' })
  alboSections(@Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean): Promise<AlboSection[]> {
    return this.sections.list(includeInactive);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlboSection)
  createAlboSection(@Args('input') input: CreateAlboSectionInput, @CurrentUser() user: AuthUser): Promise<AlboSection> {
    return this.sections.create(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlboSection)
  updateAlboSection(
    @Args('code') code: string,
    @Args('input') input: UpdateAlboSectionInput,
    @CurrentUser() user: AuthUser,
  ): Promise<AlboSection> {
    return this.sections.update(code, input, user);
  }
}
