import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import type { ConnectionShape, GraphqlContext } from '@ipl/core';
import { Skill, SkillsService } from '@ipl/skills';
import { Comune, District, TerritoryService } from '@ipl/territory';
import { Candidate } from './candidate.entity';
import { ActiveMeasure, CandidateStatus } from './candidate.enums';
import { CandidateIntakeService } from './candidate-intake.service';
import { CandidateRetentionService } from './candidate-retention.service';
import { CandidatesService } from './candidates.service';
import { CandidateConnection } from './dto/candidate-connection.type';
import { CandidatesArgs, CreateCandidateInput, UpdateCandidateInput } from './dto/candidate.inputs';

/**
 * Profiles are read and changed by operators of the owning organisation only; an admin may
 * erase one. Company HR, board members and coordinators never reach a single profile here.
 */
@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(
    private readonly service: CandidatesService,
    private readonly intake: CandidateIntakeService,
    private readonly retention: CandidateRetentionService,
    private readonly territory: TerritoryService,
    private readonly vocabulary: SkillsService,
  ) {}

  @Roles(Role.OPERATOR)
  @Query(() => Candidate, { description: "One of your organisation's profiles. Audited." })
  candidate(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Candidate> {
    return this.service.get(id, user);
  }

  @Roles(Role.OPERATOR)
  @Query(() => CandidateConnection, { description: "Your organisation's profiles, newest first. Every profile shown is audited." })
  candidates(@Args() args: CandidatesArgs, @CurrentUser() user: AuthUser): Promise<ConnectionShape<Candidate>> {
    return this.service.list(args, user);
  }

  @Roles(Role.OPERATOR)
  @Query(() => CandidateConnection, {
    description: 'To-do list: profiles stale, incomplete, or due for reconfirmation within a week, soonest first. Audited.',
  })
  candidatesToReconfirm(@Args() args: CandidatesArgs, @CurrentUser() user: AuthUser): Promise<ConnectionShape<Candidate>> {
    return this.service.toReconfirm(args, user);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => Candidate, {
    description: 'Adds an anonymised profile. When another organisation already follows the person: CONFLICT ALREADY_FOLLOWED_ELSEWHERE (no more is said), or, with `coordinationConsent`, the profile and a coordination request to that organisation.',
  })
  createCandidate(@Args('input') input: CreateCandidateInput, @CurrentUser() user: AuthUser): Promise<Candidate> {
    return this.intake.create(input, user);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => Candidate)
  updateCandidate(
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdateCandidateInput,
    @CurrentUser() user: AuthUser,
  ): Promise<Candidate> {
    return this.intake.update(id, input, user);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => Candidate, { description: 'Confirms the profile is current: fresh (ACTIVE) for another interval.' })
  reconfirmCandidate(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Candidate> {
    return this.intake.reconfirm(id, user);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => Candidate, { description: 'Withdraws the profile: it is no longer matched or changed.' })
  withdrawCandidate(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Candidate> {
    return this.intake.withdraw(id, user);
  }

  @Roles(Role.OPERATOR, Role.ADMIN)
  @Mutation(() => ID, { description: 'Erases the profile and its search document; only anonymous counters remain. Audited.' })
  eraseCandidate(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<string> {
    return this.retention.erase(id, user);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => CandidateStatus, { description: 'As of now: ACTIVE turns STALE past the reconfirmation date or when incomplete.' })
  status(@Parent() candidate: Candidate): CandidateStatus {
    return this.service.statusOf(candidate);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => [ActiveMeasure], { nullable: true, description: 'Active measures the person is in; for the owning organisation (a linked one sees them through coordinatedWith).' })
  activeMeasures(@Parent() candidate: Candidate, @CurrentUser() user: AuthUser): ActiveMeasure[] | null {
    return user.organisationId === candidate.organisationId ? candidate.activeMeasures : null;
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => [Skill], { description: 'Skills of the vocabulary.' })
  async skills(@Parent() candidate: Candidate, @Context() context: GraphqlContext): Promise<Skill[]> {
    const loaders = this.vocabulary.loaders(context.loaders);
    const skills = await Promise.all(candidate.skillIds.map((id) => loaders.skill(id)));
    return skills.filter((skill): skill is Skill => skill !== null);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => District, { nullable: true })
  residenceDistrict(@Parent() candidate: Candidate, @Context() context: GraphqlContext): Promise<District | null> {
    return this.territory.loaders(context.loaders).district(candidate.residenceDistrictCode);
  }

  @Roles(Role.OPERATOR)
  @ResolveField(() => Comune, { nullable: true })
  residenceComune(@Parent() candidate: Candidate, @Context() context: GraphqlContext): Promise<Comune | null> {
    return candidate.residenceComuneCode ? this.territory.loaders(context.loaders).comune(candidate.residenceComuneCode) : Promise.resolve(null);
  }
}
