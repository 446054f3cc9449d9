import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentUser, Public, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { GraphqlContext } from '@ipl/core';
import { Comune, District, TerritoryService } from '@ipl/territory';
import { ATECO_SECTIONS, atecoSection } from './ateco';
import { AtecoSection } from './ateco-section.type';
import { CompaniesService } from './companies.service';
import { CompanySite } from './company-site.entity';
import { Company } from './company.entity';
import { CompaniesArgs } from './dto/companies.args';
import { CompanyConnection } from './dto/company-connection.type';
import { CreateCompanyInput } from './dto/create-company.input';
import { UpdateCompanyInput } from './dto/update-company.input';

@Resolver(() => Company)
export class CompaniesResolver {
  constructor(private readonly companiesService: CompaniesService) {}

  @Public()
  @Query(() => [AtecoSection], { description: 'The 21 ATECO 2007 sections, A to U, with their Italian labels.' })
  atecoSections(): AtecoSection[] {
    return ATECO_SECTIONS.map(({ code, label }) => ({ code, label }));
  }

  @Roles(Role.ADMIN)
  @Query(() => CompanyConnection)
  companies(@Args() args: CompaniesArgs): Promise<CompanyConnection> {
    return this.companiesService.list(args);
  }

  @Roles(Role.ADMIN, Role.COMPANY_HR, Role.BOARD_MEMBER)
  @Query(() => Company, { description: 'ADMIN: every company; HR and board members: their own.' })
  company(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<Company> {
    return this.companiesService.get(id, user);
  }

  @Roles(Role.COMPANY_HR, Role.BOARD_MEMBER)
  @Query(() => Company, { description: "The caller's own company." })
  myCompany(@CurrentUser() user: AuthUser): Promise<Company> {
    return this.companiesService.mine(user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Company)
  createCompany(@Args('input') input: CreateCompanyInput, @CurrentUser() user: AuthUser): Promise<Company> {
    return this.companiesService.create(input, user);
  }

  @Roles(Role.ADMIN, Role.COMPANY_HR)
  @Mutation(() => Company, { description: 'ADMIN: every company; HR: only its own.' })
  updateCompany(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCompanyInput,
    @CurrentUser() user: AuthUser,
  ): Promise<Company> {
    return this.companiesService.update(id, input, user);
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => AtecoSection, { nullable: true, description: 'The ATECO section of the main activity.' })
  sector(@Parent() company: Company): AtecoSection | null {
    const section = company.atecoSection ? atecoSection(company.atecoSection) : undefined;
    return section ? { code: section.code, label: section.label } : null;
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => [CompanySite], { nullable: true, description: 'Operating sites, main site first.' })
  sites(@Parent() company: Company, @Context() context: GraphqlContext): Promise<CompanySite[]> {
    return this.companiesService.loaders(context.loaders).sites(company.id);
  }
}

@Resolver(() => CompanySite)
export class CompanySiteResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Roles(...ALL_ROLES)
  @ResolveField(() => Comune, { nullable: true })
  comune(@Parent() site: CompanySite, @Context() context: GraphqlContext): Promise<Comune | null> {
    return this.territory.loaders(context.loaders).comune(site.comuneCode);
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => District, { nullable: true })
  async district(@Parent() site: CompanySite, @Context() context: GraphqlContext): Promise<District | null> {
    const loaders = this.territory.loaders(context.loaders);
    const comune = await loaders.comune(site.comuneCode);
    return comune ? loaders.district(comune.districtCode) : null;
  }
}
