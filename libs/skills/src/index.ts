export { normaliseFreeLabel } from './normalise-label';
export { SkillGroup } from './skill-group.entity';
export { skillSlug } from './skill-slug';
export { Skill } from './skill.entity';
export { SKILLS_VOCABULARY, skillsRows, type SkillDataEntry, type SkillGroupData } from './skills-data';
export { SkillError, SkillErrorCode } from './skills.errors';
export { SkillsLoaders } from './skills.loaders';
export { SkillsModule } from './skills.module';
export {
  DEFAULT_SKILL_SEARCH_SIZE,
  MAX_SKILL_SEARCH_SIZE,
  SkillsService,
  type AssertKnownOptions,
  type SkillSearchOptions,
} from './skills.service';
