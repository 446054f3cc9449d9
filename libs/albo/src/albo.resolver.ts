import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { CompaniesService, Company } from '@ipl/companies';
import type { GraphqlContext } from '@ipl/core';
import { AlboDecision } from './albo-decision.entity';
import { AlboDeclarations, AlboMembership } from './albo-membership.entity';
import { AlboSection } from './albo-section.entity';
import { AlboSectionsService } from './albo-sections.service';
import { AlboService } from './albo.service';
import { AlboReviewInput, AlboSanctionInput } from './dto/albo-review.input';
import { AlboApplicationsArgs } from './dto/albo.args';
import { AlboEvidence, AlboMembershipConnection } from './dto/albo.types';
import { ApplyToAlboInput, RenewAlboInput } from './dto/apply-to-albo.input';

/** Applications, review and renewal: HR for its own company, ADMIN for the Commission. */
@Resolver(() => AlboMembership)
export class AlboResolver {
  constructor(
    private readonly albo: AlboService,
    private readonly sectionsService: AlboSectionsService,
    private readonly companies: CompaniesService,
  ) {}

  @Roles(Role.COMPANY_HR)
  @Query(() => AlboMembership, { nullable: true, description: "The caller's company in the Albo; null before it applies." })
  myAlboMembership(@CurrentUser() user: AuthUser): Promise<AlboMembership | null> {
    return this.albo.membershipOf(Scope.of(user).companyId(), user);
  }

  @Roles(Role.ADMIN, Role.COMPANY_HR)
  @Query(() => AlboMembership, { nullable: true, description: 'ADMIN: every company; HR: its own.' })
  alboMembership(@Args('companyId', { type: () => ID }) companyId: string, @CurrentUser() user: AuthUser): Promise<AlboMembership | null> {
    return this.albo.membershipOf(companyId, user);
  }

  @Roles(Role.ADMIN)
  @Query(() => AlboMembershipConnection, { description: 'Applications and memberships for the review, newest application first.' })
  alboApplications(@Args() args: AlboApplicationsArgs): Promise<AlboMembershipConnection> {
    return this.albo.applications(args);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => AlboMembership, { description: 'Applies to the Albo for one or more sections, declaring the admission requirements.' })
  applyToAlbo(@Args('input') input: ApplyToAlboInput, @CurrentUser() user: AuthUser): Promise<AlboMembership> {
    return this.albo.apply(input, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => AlboMembership, { description: 'Files the renewal of the logo before it expires.' })
  requestAlboRenewal(@Args('input') input: RenewAlboInput, @CurrentUser() user: AuthUser): Promise<AlboMembership> {
    return this.albo.requestRenewal(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlboMembership, { description: 'PENDING → ADMITTED: grants the logo (number, date, expiry).' })
  admitCompany(@Args('input') input: AlboReviewInput, @CurrentUser() user: AuthUser): Promise<AlboMembership> {
    return this.albo.admit(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlboMembership, { description: 'PENDING → REJECTED, with the reason.' })
  rejectAlboApplication(@Args('input') input: AlboSanctionInput, @CurrentUser() user: AuthUser): Promise<AlboMembership> {
    return this.albo.reject(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlboMembership, { description: 'ADMITTED → SUSPENDED, with the reason; the logo verifies as suspended.' })
  suspendCompany(@Args('input') input: AlboSanctionInput, @CurrentUser() user: AuthUser): Promise<AlboMembership> {
    return this.albo.suspend(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlboMembership, { description: 'SUSPENDED → ADMITTED, with the same logo and expiry.' })
  readmitCompany(@Args('input') input: AlboReviewInput, @CurrentUser() user: AuthUser): Promise<AlboMembership> {
    return this.albo.readmit(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlboMembership, { description: 'ADMITTED or SUSPENDED → REVOKED, with the reason.' })
  revokeCompany(@Args('input') input: AlboSanctionInput, @CurrentUser() user: AuthUser): Promise<AlboMembership> {
    return this.albo.revoke(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlboMembership, { description: 'Approves a filed renewal: the logo gets a new term.' })
  approveAlboRenewal(@Args('input') input: AlboReviewInput, @CurrentUser() user: AuthUser): Promise<AlboMembership> {
    return this.albo.approveRenewal(input, user);
  }

  @Roles(Role.ADMIN, Role.COMPANY_HR)
  @ResolveField(() => Company, { nullable: true })
  company(@Parent() membership: AlboMembership, @Context() context: GraphqlContext): Promise<Company | null> {
    return this.companies.loaders(context.loaders).company(membership.companyId);
  }

  @Roles(Role.ADMIN, Role.COMPANY_HR)
  @ResolveField(() => AlboDeclarations, { nullable: true })
  declarations(@Parent() membership: AlboMembership): AlboDeclarations {
    return {
      law68ObligationsMet: membership.law68ObligationsMet,
      inclusivePathRun: membership.inclusivePathRun,
      metropolitanSite: membership.metropolitanSite,
    };
  }

  @Roles(Role.ADMIN, Role.COMPANY_HR)
  @ResolveField(() => [AlboSection], { nullable: true })
  sections(@Parent() membership: AlboMembership): Promise<AlboSection[]> {
    return this.sectionsService.byCodes(membership.sectionCodes);
  }

  @Roles(Role.ADMIN, Role.COMPANY_HR)
  @ResolveField(() => [AlboDecision], { nullable: true, description: 'Every step so far, with comments and reasons.' })
  history(@Parent() membership: AlboMembership): Promise<AlboDecision[]> {
    return this.albo.decisionsOf(membership.id);
  }

  @Roles(Role.ADMIN, Role.COMPANY_HR)
  @ResolveField(() => AlboEvidence, { nullable: true, description: "The company's evidence from the platform, for the renewal review." })
  evidence(@Parent() membership: AlboMembership): Promise<AlboEvidence> {
    return this.albo.evidenceOf(membership);
  }
}
