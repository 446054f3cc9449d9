import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@ipl/access';
import type { GraphqlContext } from '@ipl/core';
import { SkillsArgs } from './dto/skills.args';
import { SkillGroup } from './skill-group.entity';
import { Skill } from './skill.entity';
import { SkillsService } from './skills.service';

/** The vocabulary is public reference data: the portal's autocomplete needs no login. */
@Resolver(() => Skill)
export class SkillsResolver {
  constructor(private readonly vocabulary: SkillsService) {}

  @Public()
  @Query(() => [Skill], { description: 'Skills of the vocabulary for autocomplete: label or synonym matches, best first.' })
  skills(@Args() args: SkillsArgs): Promise<Skill[]> {
    return this.vocabulary.search(args.search ?? '', { groupCode: args.groupCode, first: args.first });
  }

  @Public()
  @Query(() => [SkillGroup], { description: 'The sectors the vocabulary is grouped by.' })
  skillGroups(): Promise<SkillGroup[]> {
    return this.vocabulary.groups();
  }

  @Public()
  @ResolveField('group', () => SkillGroup)
  group(@Parent() skill: Skill, @Context() context: GraphqlContext): Promise<SkillGroup | null> {
    return this.vocabulary.loaders(context.loaders).group(skill.groupCode);
  }
}
