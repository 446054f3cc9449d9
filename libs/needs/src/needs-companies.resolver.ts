import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@ipl/access';
import { CompaniesService, Company } from '@ipl/companies';
import type { GraphqlContext } from '@ipl/core';
import { NeedsAnalysis } from './needs-analysis.entity';
import { NeedsReview } from './needs-review.entity';

/** The board reviews analyses by company: it reads which company filed one, not just its id. */
@Resolver(() => NeedsAnalysis)
export class NeedsAnalysisCompanyResolver {
  constructor(private readonly companies: CompaniesService) {}

  @Roles(Role.COMPANY_HR, Role.BOARD_MEMBER, Role.ADMIN)
  @ResolveField(() => Company, { nullable: true, description: 'The company that filed the analysis.' })
  company(@Parent() analysis: NeedsAnalysis, @Context() context: GraphqlContext): Promise<Company | null> {
    return this.companies.loaders(context.loaders).company(analysis.companyId);
  }
}

/** The review history names the board company that acted, as the board's minutes would. */
@Resolver(() => NeedsReview)
export class NeedsReviewCompanyResolver {
  constructor(private readonly companies: CompaniesService) {}

  @Roles(Role.BOARD_MEMBER, Role.ADMIN)
  @ResolveField(() => Company, { nullable: true, description: "The board member's company." })
  actorCompany(@Parent() review: NeedsReview, @Context() context: GraphqlContext): Promise<Company | null> {
    return this.companies.loaders(context.loaders).company(review.actorCompanyId);
  }
}
