import data from './data/skills.json';

export interface SkillDataEntry {
  id: string;
  label: string;
  synonyms: string[];
}

export interface SkillGroupData {
  code: string;
  label: string;
  skills: SkillDataEntry[];
}

/** The shipped vocabulary. Ids are stored, not derived: slots and profiles keep them for years. */
export const SKILLS_VOCABULARY: { groups: SkillGroupData[] } = data;

/** Flat rows for the data migration. */
export function skillsRows() {
  return {
    groups: SKILLS_VOCABULARY.groups.map(({ code, label }) => ({ code, label })),
    skills: SKILLS_VOCABULARY.groups.flatMap(({ code, skills }) =>
      skills.map(({ id, label, synonyms }) => ({ id, label, groupCode: code, synonyms })),
    ),
  };
}
