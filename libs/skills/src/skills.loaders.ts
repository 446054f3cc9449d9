import DataLoader from 'dataloader';
import { byKeys, LoaderKey, RequestLoaders } from '@ipl/core';
import { SkillGroup } from './skill-group.entity';
import { Skill } from './skill.entity';
import type { SkillsService } from './skills.service';

const SKILL_BY_ID = new LoaderKey<string, Skill | null>('skillById');
const SKILL_GROUP_BY_CODE = new LoaderKey<string, SkillGroup | null>('skillGroupByCode');

/** Per-request loaders for skills, for any library's field resolvers (slots, candidates). */
export class SkillsLoaders {
  constructor(
    private readonly skills: SkillsService,
    private readonly loaders: RequestLoaders,
  ) {}

  skill(id: string): Promise<Skill | null> {
    return this.loaders
      .get(SKILL_BY_ID, () => new DataLoader(async (ids) => byKeys(ids, await this.skills.findByIds(ids), (skill) => skill.id)))
      .load(id);
  }

  group(code: string): Promise<SkillGroup | null> {
    return this.loaders
      .get(SKILL_GROUP_BY_CODE, () => new DataLoader(async (codes) => byKeys(codes, await this.skills.groupsByCodes(codes), (group) => group.code)))
      .load(code);
  }
}
