import { SKILLS_VOCABULARY } from '@ipl/skills';
import { findPersonalData } from './personal-data-detector';

// An operator who writes a skill as the vocabulary names it must never have the profile refused.
describe('the skills vocabulary passes the personal-data guard', () => {
  const terms = SKILLS_VOCABULARY.groups.flatMap((group) => group.skills.flatMap((skill) => [skill.label, ...skill.synonyms]));

  it(`finds nothing in any of its ${terms.length} labels and synonyms`, () => {
    expect(terms.length).toBeGreaterThan(100);
    expect(terms.filter((term) => findPersonalData(term).length > 0)).toEqual([]);
  });
});
