import { DomainError } from '@ipl/core';
import { SkillsService } from '@ipl/skills';
import { errorOf, graphqlOk, TestApp } from '@ipl/testing';
import { startApi } from '../app';

interface SkillView {
  id: string;
  label: string;
  synonyms: string[];
  group: { code: string; label: string };
}

const SKILLS = `query Skills($search: String, $groupCode: String, $first: Int) {
  skills(search: $search, groupCode: $groupCode, first: $first) { id label synonyms group { code label } }
}`;

/** The vocabulary behind the portal's skills autocomplete: public, over real HTTP. */
describe('skills vocabulary (public)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const search = async (variables: Record<string, unknown>) => (await graphqlOk<{ skills: SkillView[] }>(api.server, SKILLS, variables)).skills;

  it('finds the forklift skill by its everyday name, without a login', async () => {
    const [first] = await search({ search: 'muletto' });
    expect(first).toEqual({
      id: 'conduzione-carrello-elevatore',
      label: 'Conduzione carrello elevatore',
      synonyms: expect.arrayContaining(['muletto']) as unknown as string[],
      group: { code: 'LOGISTICA', label: 'Logistica e magazzino' },
    });
  });

  it('answers alike whatever the case and accents', async () => {
    const plain = await search({ search: 'saldatura' });
    expect(plain.map((skill) => skill.id)).toContain('saldatura-a-filo');
    expect(plain[0].label.toLowerCase().startsWith('saldatura')).toBe(true);
    expect(await search({ search: 'SALDATURA' })).toEqual(plain);
    expect(await search({ search: 'saldatúra' })).toEqual(plain);
  });

  it('filters by group and honours the page size', async () => {
    const cleaning = await search({ search: 'pulizia', groupCode: 'PULIZIE', first: 50 });
    expect(cleaning.length).toBeGreaterThan(5);
    expect(cleaning.every((skill) => skill.group.code === 'PULIZIE')).toBe(true);
    expect(await search({ search: 'muletto', groupCode: 'RISTORAZIONE' })).toEqual([]);
    expect(await search({ first: 5 })).toHaveLength(5);
    expect(await search({})).toHaveLength(20);
  });

  it('lists the groups', async () => {
    const { skillGroups } = await graphqlOk<{ skillGroups: { code: string; label: string }[] }>(api.server, '{ skillGroups { code label } }');
    expect(skillGroups.length).toBeGreaterThanOrEqual(12);
    expect(skillGroups).toContainEqual({ code: 'SICUREZZA', label: 'Sicurezza, patentini e abilitazioni' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['more than 50 results', { search: 'a', first: 51 }, 'first'],
    ['no results', { search: 'a', first: 0 }, 'first'],
    ['a search over 80 characters', { search: 'a'.repeat(81) }, 'search'],
    ['a group code over 40 characters', { groupCode: 'A'.repeat(41) }, 'groupCode'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, variables, field) => {
    const error = await errorOf(api.server, SKILLS, variables);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields?.map((entry) => entry.field)).toEqual([field]);
  });

  it('lets other libraries refuse skill ids outside the vocabulary, naming them', async () => {
    const skills = api.app.get(SkillsService);
    await expect(skills.assertKnown(['saldatura-a-filo', 'conduzione-carrello-elevatore'])).resolves.toBeUndefined();
    const error = (await skills.assertKnown(['saldatura-a-filo', 'astronauta', 'domatore']).catch((caught: unknown) => caught)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.reason).toBe('UNKNOWN_SKILL');
    expect(error.messages.it).toContain('astronauta, domatore');
    expect(error.messages.en).toContain('astronauta, domatore');
    expect(error.messages.it).not.toContain('saldatura-a-filo');
  });
});
