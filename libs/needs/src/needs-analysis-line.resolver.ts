import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@ipl/access';
import type { GraphqlContext } from '@ipl/core';
import { Skill, SkillsService } from '@ipl/skills';
import { NeedsAnalysisLine } from './needs-analysis-line.entity';

/** The skills of a line by their labels, so that screens need not look each id up. */
@Resolver(() => NeedsAnalysisLine)
export class NeedsAnalysisLineResolver {
  constructor(private readonly vocabulary: SkillsService) {}

  @Roles(Role.COMPANY_HR, Role.BOARD_MEMBER, Role.ADMIN)
  @ResolveField(() => [Skill], { nullable: true, description: 'Skills of the vocabulary, in the order of skillIds.' })
  async skills(@Parent() line: NeedsAnalysisLine, @Context() context: GraphqlContext): Promise<Skill[]> {
    const loaders = this.vocabulary.loaders(context.loaders);
    const skills = await Promise.all(line.skillIds.map((id) => loaders.skill(id)));
    return skills.filter((skill): skill is Skill => skill !== null);
  }
}
