import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { ConnectionShape, GraphqlContext } from '@ipl/core';
import { District, TerritoryService } from '@ipl/territory';
import { OrganisationConnection } from './dto/organisation-connection.type';
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from './dto/organisation.inputs';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly territory: TerritoryService,
  ) {}

  @Roles(Role.ADMIN, Role.DISTRICT_COORDINATOR, Role.OPERATOR)
  @Query(() => OrganisationConnection, {
    description: 'Organisations: all for admins, the district’s for coordinators, their own for operators.',
  })
  organisations(@Args() args: OrganisationsArgs, @CurrentUser() user: AuthUser): Promise<ConnectionShape<Organisation>> {
    return this.service.list(args, user);
  }

  @Roles(Role.ADMIN, Role.DISTRICT_COORDINATOR, Role.OPERATOR)
  @Query(() => Organisation)
  organisation(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Organisation> {
    return this.service.get(id, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Organisation, { description: 'Registers a Servizio Sociale Territoriale or a Caritas.' })
  createOrganisation(@Args('input') input: CreateOrganisationInput, @CurrentUser() user: AuthUser): Promise<Organisation> {
    return this.service.create(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Organisation)
  updateOrganisation(
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdateOrganisationInput,
    @CurrentUser() user: AuthUser,
  ): Promise<Organisation> {
    return this.service.update(id, input, user);
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => District, { nullable: true })
  district(@Parent() organisation: Organisation, @Context() context: GraphqlContext): Promise<District | null> {
    return this.territory.loaders(context.loaders).district(organisation.districtCode);
  }
}
