import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { ConnectionShape } from '@ipl/core';
import { NeedsAnalysisConnection } from './dto/needs-analysis-connection.type';
import { CreateNeedsAnalysisInput, NeedsAnalysesArgs, NeedsAnalysisContentInput, ReviewNeedsAnalysisInput } from './dto/needs-analysis.inputs';
import { NeedsAnalysis } from './needs-analysis.entity';
import { NeedsReview } from './needs-review.entity';
import { NeedsService } from './needs.service';

@Resolver(() => NeedsAnalysis)
export class NeedsResolver {
  constructor(private readonly needs: NeedsService) {}

  @Roles(Role.COMPANY_HR, Role.BOARD_MEMBER, Role.ADMIN)
  @Query(() => NeedsAnalysisConnection, {
    description: "HR: its company's analyses, every version. Board and admins: submitted analyses of every company (SUPERSEDED on request).",
  })
  needsAnalyses(@Args() args: NeedsAnalysesArgs, @CurrentUser() user: AuthUser): Promise<ConnectionShape<NeedsAnalysis>> {
    return this.needs.list(args, user);
  }

  @Roles(Role.COMPANY_HR, Role.BOARD_MEMBER, Role.ADMIN)
  @Query(() => NeedsAnalysis)
  needsAnalysis(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<NeedsAnalysis> {
    return this.needs.get(id, user);
  }

  @Roles(Role.BOARD_MEMBER, Role.ADMIN)
  @Query(() => [NeedsReview], { description: "The board's review history of an analysis, oldest first." })
  needsAnalysisReviews(@Args('analysisId', { type: () => ID }, ParseUUIDPipe) analysisId: string, @CurrentUser() user: AuthUser): Promise<NeedsReview[]> {
    return this.needs.reviews(analysisId, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => NeedsAnalysis, { description: 'A new DRAFT for the period; the next version when one was submitted before.' })
  createNeedsAnalysis(@Args('input') input: CreateNeedsAnalysisInput, @CurrentUser() user: AuthUser): Promise<NeedsAnalysis> {
    return this.needs.create(input, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => NeedsAnalysis, { description: 'Replaces the lines and notes of a DRAFT; a submitted analysis is read-only.' })
  updateNeedsAnalysis(
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: NeedsAnalysisContentInput,
    @CurrentUser() user: AuthUser,
  ): Promise<NeedsAnalysis> {
    return this.needs.update(id, input, user);
  }

  @Roles(Role.COMPANY_HR)
  @Mutation(() => NeedsAnalysis, { description: 'DRAFT → SUBMITTED; supersedes the version submitted before for the period.' })
  submitNeedsAnalysis(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<NeedsAnalysis> {
    return this.needs.submit(id, user);
  }

  @Roles(Role.BOARD_MEMBER)
  @Mutation(() => NeedsAnalysis, { description: 'Marks reviewed, comments and/or sets the priority; each is kept in the review history.' })
  reviewNeedsAnalysis(@Args('input') input: ReviewNeedsAnalysisInput, @CurrentUser() user: AuthUser): Promise<NeedsAnalysis> {
    return this.needs.review(input, user);
  }
}
