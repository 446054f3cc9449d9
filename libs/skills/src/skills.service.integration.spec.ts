import { DataSource } from 'typeorm';
import { DomainError, RequestLoaders } from '@ipl/core';
import { dataSourceOptions } from '@ipl/data-model';
import { createTestDatabase, countQueries, type TestDatabase } from '@ipl/testing';
import { normaliseFreeLabel } from './normalise-label';
import { SkillGroup } from './skill-group.entity';
import { Skill } from './skill.entity';
import { SkillError, SkillErrorCode } from './skills.errors';
import { SkillsService } from './skills.service';

/** Search ranking and lookups on the real, migrated vocabulary. */
describe('SkillsService', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let service: SkillsService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    service = new SkillsService(dataSource.getRepository(Skill), dataSource.getRepository(SkillGroup));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const ids = async (text: string, options?: { groupCode?: string; first?: number }) => (await service.search(text, options)).map((skill) => skill.id);

  describe('search', () => {
    it('finds a skill through a synonym', async () => {
      const [first] = await service.search('muletto');
      expect(first).toMatchObject({ id: 'conduzione-carrello-elevatore', groupCode: 'LOGISTICA' });
      expect(first.synonyms).toContain('muletto');
    });

    it('ignores case, accents and extra spaces', async () => {
      const plain = await ids('saldatura');
      expect(plain).toContain('saldatura-a-filo');
      expect(await ids('SALDATURA')).toEqual(plain);
      expect(await ids('saldatúra')).toEqual(plain);
      expect(await ids('  Saldatura ')).toEqual(plain);
      expect(await ids('puntualita')).toEqual(await ids('Puntualità'));
    });

    it('ranks label prefixes before synonym prefixes, and both before word and infix matches', async () => {
      const found = await ids('saldatura', { first: 50 });
      const labelPrefixed = ['saldatura-a-filo', 'saldatura-a-punti', 'saldatura-tig', 'saldatura-ad-elettrodo'];
      expect(found.slice(0, labelPrefixed.length).sort()).toEqual([...labelPrefixed].sort());
      // Only a synonym ("saldatura a stagno") starts with the text.
      expect(found.indexOf('assemblaggio-elettronico')).toBeGreaterThan(labelPrefixed.length - 1);
      // A word inside a synonym ("qualifica saldatura") ranks after the prefixes.
      expect(found.indexOf('patentino-saldatore')).toBeGreaterThan(found.indexOf('assemblaggio-elettronico'));
    });

    it('puts the exact label first', async () => {
      expect((await ids('cucina'))[0]).toBe('cucina');
      expect((await ids('Cassa'))[0]).toBe('gestione-cassa');
    });

    it('matches the start of a word before text inside a word', async () => {
      // "lettore" starts a word of a label, "letto" a word of a synonym; "muletto" only contains it.
      const found = await ids('letto', { first: 50 });
      expect(found.slice(0, 2)).toEqual(['uso-del-lettore-di-codici-a-barre', 'mobilizzazione-e-trasferimenti']);
      expect(found).toContain('conduzione-carrello-elevatore');
    });

    it('prefers, among equal matches, the term closest to what was typed', async () => {
      // Both match by a synonym prefix: "carrello elevatore" is nearer than "carrello commissionatore".
      const found = await ids('carrello');
      expect(found.indexOf('conduzione-carrello-elevatore')).toBeLessThan(found.indexOf('uso-del-commissionatore'));
    });

    it('matches across apostrophes and hyphens', async () => {
      expect(await ids("dell'erba")).toContain('taglio-dell-erba');
      expect(await ids('erba')).toContain('taglio-dell-erba');
      expect(await ids('socio sanitario')).toContain('qualifica-oss');
    });

    it('filters by group and bounds the page size', async () => {
      const inLogistics = await service.search('a', { groupCode: 'LOGISTICA', first: 50 });
      expect(inLogistics.length).toBeGreaterThan(5);
      expect(inLogistics.every((skill) => skill.groupCode === 'LOGISTICA')).toBe(true);
      expect(await service.search('muletto', { groupCode: 'RISTORAZIONE' })).toEqual([]);
      expect(await service.search('a', { first: 3 })).toHaveLength(3);
      expect(await service.search('a', { first: 500 })).toHaveLength(50);
    });

    it('lists alphabetically when nothing is typed', async () => {
      const listed = await service.search('   ', { groupCode: 'PULIZIE', first: 50 });
      const labels = listed.map((skill) => skill.label);
      expect(labels.length).toBeGreaterThan(10);
      expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    });

    it('folds every stored term in SQL exactly as normaliseFreeLabel folds what users type', async () => {
      const rows = (await dataSource.query(
        'SELECT t AS term, lower(unaccent(t)) AS folded FROM skill, unnest(array_prepend(label::text, synonyms)) AS t',
      )) as { term: string; folded: string }[];
      expect(rows.length).toBeGreaterThan(1000);
      expect(rows.filter(({ term, folded }) => normaliseFreeLabel(term) !== folded)).toEqual([]);
    });

    it('treats LIKE wildcards as text and finds nothing for unknown words', async () => {
      expect(await service.search('%')).toEqual([]);
      expect(await service.search('_')).toEqual([]);
      expect(await service.search('astronauta')).toEqual([]);
    });
  });

  describe('findByIds and assertKnown', () => {
    it('answers known ids in the order asked, leaving out unknown ones', async () => {
      const found = await service.findByIds(['saldatura-tig', 'non-esiste', 'cucina', 'saldatura-tig']);
      expect(found.map((skill) => skill.id)).toEqual(['saldatura-tig', 'cucina']);
      expect(await service.findByIds([])).toEqual([]);
    });

    it('accepts known ids and refuses unknown ones, naming them', async () => {
      await expect(service.assertKnown(['cucina', 'saldatura-tig'])).resolves.toBeUndefined();
      await expect(service.assertKnown([])).resolves.toBeUndefined();
      const error = await service.assertKnown(['cucina', 'astronauta', 'domatore-di-leoni']).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SkillError);
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: SkillErrorCode.UNKNOWN_SKILL,
        details: { unknownSkillIds: ['astronauta', 'domatore-di-leoni'] },
      });
      expect((error as DomainError).messages.it).toContain('astronauta, domatore-di-leoni');
      expect((error as DomainError).messages.en).toContain('astronauta, domatore-di-leoni');
    });

    it('names the input field when told', async () => {
      const error = (await service.assertKnown(['astronauta'], { field: 'input.requiredSkillIds' }).catch((caught: unknown) => caught)) as DomainError;
      expect(error.details.fields).toEqual([{ field: 'input.requiredSkillIds', messages: error.messages }]);
    });
  });

  it('gives every skill its label and synonyms as one synonym group', async () => {
    const groups = await service.synonymGroups();
    expect(groups.length).toBeGreaterThanOrEqual(250);
    expect(groups).toContainEqual(expect.arrayContaining(['Conduzione carrello elevatore', 'muletto']));
  });

  it('lists the groups by label', async () => {
    const groups = await service.groups();
    expect(groups.map((group) => group.code)).toContain('SICUREZZA');
    const labels = groups.map((group) => group.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  it('batches skill and group lookups of one request into one query each', async () => {
    const loaders = service.loaders(new RequestLoaders());
    const { result, queries } = await countQueries(dataSource, () =>
      Promise.all([loaders.skill('cucina'), loaders.skill('saldatura-tig'), loaders.skill('non-esiste'), loaders.group('RISTORAZIONE'), loaders.group('MANIFATTURA')]),
    );
    expect(result.map((entry) => (entry && 'id' in entry ? entry.id : entry?.code ?? null))).toEqual(['cucina', 'saldatura-tig', null, 'RISTORAZIONE', 'MANIFATTURA']);
    expect(queries).toHaveLength(2);
  });

  it('normalises free labels as stored beside vocabulary ids', () => {
    expect(service.normaliseFreeLabel('  Uso del   Tornio ÀUTOMATICO ')).toBe('uso del tornio automatico');
  });
});
