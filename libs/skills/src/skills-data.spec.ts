import { normaliseFreeLabel } from './normalise-label';
import { skillSlug } from './skill-slug';
import { SKILLS_VOCABULARY, skillsRows } from './skills-data';

/** The shipped vocabulary: ids are what slots and profiles keep, so they must be unique and stable. */
describe('the skills vocabulary', () => {
  const { groups, skills } = skillsRows();

  it('ships a few hundred skills in named groups', () => {
    expect(skills.length).toBeGreaterThanOrEqual(250);
    expect(skills.length).toBeLessThanOrEqual(400);
    expect(groups.length).toBeGreaterThanOrEqual(12);
    for (const group of SKILLS_VOCABULARY.groups) expect(group.skills.length).toBeGreaterThan(0);
  });

  it('has unique group codes that fit their column', () => {
    expect(new Set(groups.map((group) => group.code)).size).toBe(groups.length);
    for (const group of groups) {
      expect(group.code).toMatch(/^[A-Z][A-Z_]{1,39}$/);
      expect(group.label.length).toBeLessThanOrEqual(120);
    }
  });

  it('has unique ids, each the slug of its label and at most 80 characters', () => {
    expect(new Set(skills.map((skill) => skill.id)).size).toBe(skills.length);
    for (const skill of skills) {
      expect(skill.id).toBe(skillSlug(skill.label));
      expect(skill.id.length).toBeLessThanOrEqual(80);
      expect(skill.label.length).toBeLessThanOrEqual(120);
    }
  });

  it('has labels unique once normalised, and written as stored', () => {
    const normalised = skills.map((skill) => normaliseFreeLabel(skill.label));
    expect(new Set(normalised).size).toBe(skills.length);
    for (const skill of skills) {
      expect(skill.label).toBe(skill.label.trim().replace(/\s+/g, ' '));
      expect(skill.label).not.toMatch(/[\u2018\u2019]/);
    }
  });

  it('has synonyms unique within a skill, none equal to its label or to another skill\'s label', () => {
    const labelOwner = new Map(skills.map((skill) => [normaliseFreeLabel(skill.label), skill.id]));
    for (const skill of skills) {
      const seen = new Set([normaliseFreeLabel(skill.label)]);
      for (const synonym of skill.synonyms) {
        const normalised = normaliseFreeLabel(synonym);
        expect({ skill: skill.id, synonym, duplicate: seen.has(normalised) }).toEqual({ skill: skill.id, synonym, duplicate: false });
        seen.add(normalised);
        expect({ synonym, owner: labelOwner.get(normalised) ?? skill.id }).toEqual({ synonym, owner: skill.id });
        expect(synonym.length).toBeLessThanOrEqual(120);
        expect(synonym).toBe(synonym.trim());
      }
    }
  });
});
