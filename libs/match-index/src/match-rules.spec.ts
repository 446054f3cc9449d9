import { Candidate, CandidateCefrLevel, CandidateShift, CandidateStatus, CandidateWorkConditionNeed as Need, ConsentPurpose } from '@ipl/candidates';
import { normaliseFreeLabel, type Skill } from '@ipl/skills';
import { Shift, Slot } from '@ipl/slots';
import { DistrictRelation as R, MatchCondition as C } from './match-enums';
import { candidateFilters, candidatePoolLevels, poolQueries, slotFilters, slotPoolLevels, type PoolLevel } from './match-filters';
import { districtRelation, explain, isMatchable, matchScore, skillsFit } from './match-ranking';
import { DISTRICT_TIER_WEIGHTS } from './match-weights';
import { SkillVocabulary } from './skill-vocabulary';

/** A small vocabulary: "mulettista" names two skills, so having either meets both. */
const vocabulary = new SkillVocabulary(
  [
    { id: 'forklift', label: 'Conduzione carrelli elevatori', synonyms: ['carrellista', 'mulettista'] },
    { id: 'muletto', label: 'Uso del muletto', synonyms: ['mulettista'] },
    { id: 'welding', label: 'Saldatura', synonyms: ['saldatore'] },
    { id: 'cleaning', label: 'Pulizie', synonyms: [] },
  ] as Skill[],
  normaliseFreeLabel,
);

function slot(fields: Partial<Slot> = {}): Slot {
  return Object.assign(new Slot(), {
    districtCode: 'A',
    hoursPerWeek: 20,
    shifts: [],
    offersTutor: false,
    offersGradualStart: false,
    stepFreeAccess: false,
    offersLanguageSupport: false,
    drivingLicenceRequired: false,
    languages: [],
    requiredSkillIds: [],
    niceToHaveSkillIds: [],
    freeSkillLabels: [],
    ...fields,
  });
}

function candidate(fields: Partial<Candidate> = {}): Candidate {
  return Object.assign(new Candidate(), {
    hoursPerWeek: null,
    shifts: Object.values(CandidateShift),
    supportNeeds: [],
    drivingLicence: true,
    languages: [],
    skillIds: [],
    freeSkillLabels: [],
    status: CandidateStatus.ACTIVE,
    consentGivenAt: '2026-01-01',
    consentPurposes: [ConsentPurpose.MATCHING],
    ...fields,
  });
}

const EVERY_NEED_UNMET = 'supportNeeds NOT IN ["NEEDS_TUTOR", "GRADUAL_START", "STEP_FREE_ACCESS", "LANGUAGE_SUPPORT"]';
const fits = (levels: PoolLevel[]) => levels.map((level) => Number(level.fit.toFixed(4)));

describe('candidateFilters: every hard constraint of a slot, as a filter on the candidates’ index', () => {
  const always = ['hoursPerWeek >= 20'];
  it.each<[string, Partial<Slot>, string[], string[]]>([
    ['nothing asked: no need a workplace must meet', {}, [], [EVERY_NEED_UNMET]],
    ['each shift the slot involves', { shifts: [Shift.DAY, Shift.WEEKEND] }, [], ['shifts = "DAY"', 'shifts = "WEEKEND"', EVERY_NEED_UNMET]],
    ['a night shift leaves out who needs no nights', { shifts: [Shift.NIGHT] }, [], ['shifts = "NIGHT"', 'supportNeeds != NO_NIGHT_SHIFTS', EVERY_NEED_UNMET]],
    ['a tutor offered admits who needs one', { offersTutor: true }, [], ['supportNeeds NOT IN ["GRADUAL_START", "STEP_FREE_ACCESS", "LANGUAGE_SUPPORT"]']],
    ['every work condition offered', { offersTutor: true, offersGradualStart: true, stepFreeAccess: true, offersLanguageSupport: true }, [], []],
    ['a driving licence required', { drivingLicenceRequired: true }, [], [EVERY_NEED_UNMET, 'drivingLicence = true']],
    ['a language at B1 or above, native included', { languages: [{ code: 'it', minLevel: 'B1' }] }, [], [EVERY_NEED_UNMET, 'languages IN ["it:B1", "it:B2", "it:C1", "it:C2", "it:NATIVE"]']],
    ['two languages, each required', { languages: [{ code: 'it', minLevel: 'C2' }, { code: 'en', minLevel: 'A1' }] }, [], [EVERY_NEED_UNMET, 'languages IN ["it:C2", "it:NATIVE"]', 'languages IN ["en:A1", "en:A2", "en:B1", "en:B2", "en:C1", "en:C2", "en:NATIVE"]']],
    ['people already proposed to the slot', {}, ['c1', 'c2'], [EVERY_NEED_UNMET, 'id NOT IN ["c1", "c2"]']],
  ])('%s', (_name, fields, proposed, rest) => {
    expect(candidateFilters(slot(fields), proposed)).toEqual([...always, ...rest]);
  });

  it('asks for the slot’s hours at least', () => {
    expect(candidateFilters(slot({ hoursPerWeek: 36 }))).toContain('hoursPerWeek >= 36');
  });
});

describe('slotFilters: every hard constraint of a person, as a filter on the slots’ index', () => {
  const always = ['openingsLeft > 0', 'pausedUntilDay < 20260615', 'NOT monthlyCapReopensDay > 20260615'];
  it.each<[string, Partial<Candidate>, string[], string[], string[]]>([
    ['available for everything, with a licence', {}, [], [], []],
    ['hours at most the person’s', { hoursPerWeek: 20 }, [], [], ['hoursPerWeek <= 20']],
    ['shifts the person cannot do', { shifts: [CandidateShift.DAY] }, [], [], ['shifts NOT IN ["EVENING", "NIGHT", "WEEKEND"]']],
    ['no nights, whatever the shifts', { supportNeeds: [Need.NO_NIGHT_SHIFTS] }, [], [], ['shifts NOT IN ["NIGHT"]']],
    ['no nights, already not available at night', { shifts: [CandidateShift.DAY], supportNeeds: [Need.NO_NIGHT_SHIFTS] }, [], [], ['shifts NOT IN ["EVENING", "NIGHT", "WEEKEND"]']],
    ['each need met by an offer', { supportNeeds: [Need.NEEDS_TUTOR, Need.STEP_FREE_ACCESS] }, [], [], ['offers = TUTOR', 'offers = STEP_FREE_ACCESS']],
    ['gradual start and language support', { supportNeeds: [Need.LANGUAGE_SUPPORT, Need.GRADUAL_START] }, [], [], ['offers = GRADUAL_START', 'offers = LANGUAGE_SUPPORT']],
    ['no driving licence', { drivingLicence: false }, [], [], ['drivingLicenceRequired = false']],
    ['driving licence unknown', { drivingLicence: null }, [], [], ['drivingLicenceRequired = false']],
    [
      'the language levels open slots ask for and the person lacks',
      { languages: [{ language: 'it', level: CandidateCefrLevel.B1 }] },
      ['it', 'en'],
      [],
      ['languageRequirements NOT IN ["it:B2", "it:C1", "it:C2", "en:A1", "en:A2", "en:B1", "en:B2", "en:C1", "en:C2"]'],
    ],
    ['a native speaker meets every level', { languages: [{ language: 'it', level: CandidateCefrLevel.NATIVE }] }, ['it'], [], []],
    ['slots the person was already proposed to', {}, [], ['s1'], ['id NOT IN ["s1"]']],
  ])('%s', (_name, fields, required, proposed, rest) => {
    expect(slotFilters(candidate(fields), '2026-06-15', required, proposed)).toEqual([...always, ...rest]);
  });
});

describe('levels of skills fit, best first (the pool’s order within a district tier)', () => {
  it.each<[string, Partial<Slot>, number[]]>([
    ['required and nice-to-have', { requiredSkillIds: ['forklift', 'welding'], niceToHaveSkillIds: ['cleaning'] }, [1, 0.8, 0.48, 0.32]],
    ['one required skill: "all" and "some" are one level', { requiredSkillIds: ['forklift'], niceToHaveSkillIds: ['cleaning'] }, [1, 0.8, 0.32]],
    ['required only', { requiredSkillIds: ['forklift', 'welding'] }, [1, 0.32]],
    ['nice-to-have only', { niceToHaveSkillIds: ['cleaning'] }, [0.32]],
    ['a free label only, outside the vocabulary', { freeSkillLabels: ['muratura'] }, [0.32]],
    ['no skill asked: no pool', {}, []],
  ])('a slot with %s', (_name, fields, expected) => {
    expect(fits(candidatePoolLevels(slot(fields), vocabulary))).toEqual(expected);
  });

  it('meets a skill by a skill sharing one of its names, or by a free label naming it', () => {
    const [all] = candidatePoolLevels(slot({ requiredSkillIds: ['forklift'] }), vocabulary);
    expect(all.filter).toBe('(skillIds IN ["forklift", "muletto"] OR freeSkillLabels IN ["conduzione carrelli elevatori", "carrellista", "mulettista"])');
  });

  it('meets a slot’s free label by the same label or by a skill called so', () => {
    const levels = candidatePoolLevels(slot({ freeSkillLabels: ['carrellista', 'muratura'] }), vocabulary);
    expect(levels).toEqual([{ filter: '((freeSkillLabels = "carrellista" OR skillIds IN ["forklift"]) OR freeSkillLabels = "muratura")', fit: expect.any(Number) }]);
  });

  it.each<[string, Partial<Candidate>, number[]]>([
    ['skills and free labels', { skillIds: ['welding'], freeSkillLabels: ['carrellista'] }, [1, 0.8, 0.48, 0.32]],
    ['no skill at all: no pool', {}, []],
  ])('a person with %s', (_name, fields, expected) => {
    expect(fits(slotPoolLevels(candidate(fields), vocabulary))).toEqual(expected);
  });

  it('"every required skill met" is "no required skill outside the person’s"; a free label is met by the person’s own names only', () => {
    const [best] = slotPoolLevels(candidate({ freeSkillLabels: ['mulettista'] }), vocabulary);
    expect(best.filter).toBe(
      '(requiredSkillIds IN ["forklift", "muletto"] AND requiredSkillIds NOT IN ["welding", "cleaning"]) AND (niceToHaveSkillIds IN ["forklift", "muletto"] OR freeSkillLabels IN ["mulettista"])',
    );
  });
});

describe('poolQueries: one query per district tier and level, by tier weight × level fit', () => {
  const levels: PoolLevel[] = [
    { filter: 'L1', fit: 1 },
    { filter: 'L2', fit: 0.32 },
  ];
  const order = (neighbours: string[]) =>
    poolQueries('uid', levels, ['F'], 'A', neighbours, DISTRICT_TIER_WEIGHTS).map((query) => [query.filter, Number((query.federationOptions?.weight ?? NaN).toFixed(4))]);

  it('with neighbours: same district, neighbours, the rest', () => {
    expect(order(['B'])).toEqual([
      [['F', 'districtCode = "A"', 'L1'], 1],
      [['F', 'districtCode IN ["B"]', 'L1'], 0.9],
      [['F', 'districtCode NOT IN ["A", "B"]', 'L1'], 0.6],
      [['F', 'districtCode = "A"', 'L2'], 0.32],
      [['F', 'districtCode IN ["B"]', 'L2'], 0.288],
      [['F', 'districtCode NOT IN ["A", "B"]', 'L2'], 0.192],
    ]);
  });

  it('without neighbours: no empty tier', () => {
    expect(order([]).map(([filter]) => filter)).toEqual([
      ['F', 'districtCode = "A"', 'L1'],
      ['F', 'districtCode NOT IN ["A"]', 'L1'],
      ['F', 'districtCode = "A"', 'L2'],
      ['F', 'districtCode NOT IN ["A"]', 'L2'],
    ]);
  });
});

describe('skillsFit: required skills weigh four times a nice-to-have one', () => {
  const asked = slot({ requiredSkillIds: ['forklift', 'welding'], niceToHaveSkillIds: ['cleaning'], freeSkillLabels: ['giardinaggio'] });
  it.each<[string, Slot, Partial<Candidate>, number]>([
    ['everything', asked, { skillIds: ['forklift', 'welding', 'cleaning'], freeSkillLabels: ['giardinaggio'] }, 1],
    ['every required skill, no nice-to-have one', asked, { skillIds: ['forklift', 'welding'] }, 0.8],
    ['half the required skills', asked, { skillIds: ['forklift'] }, 0.4],
    ['a skill sharing a name (synonym) meets it', asked, { skillIds: ['muletto', 'welding'] }, 0.8],
    ['a free label naming a synonym meets it, case aside', asked, { skillIds: ['welding'], freeSkillLabels: ['Carrellista'] }, 0.8],
    ['the slot’s free label, accents aside', asked, { freeSkillLabels: ['giardinàggio'] }, 0.1],
    ['nothing in common', asked, { skillIds: ['cleaning'] }, 0.1],
    ['no skill', asked, {}, 0],
    ['a free label of the slot met by a skill called so', slot({ freeSkillLabels: ['saldatore'] }), { skillIds: ['welding'] }, 1],
    ['a slot asking for no skill', slot(), { skillIds: ['welding'] }, 0],
  ])('%s', (_name, asking, fields, expected) => {
    expect(skillsFit(asking, candidate(fields), vocabulary).fit).toBeCloseTo(expected, 10);
  });
});

describe('the score: district weight × skills fit, 0–100', () => {
  it.each<[number, R, number]>([
    [1, R.SAME, 100],
    [0.8, R.SAME, 80],
    [1, R.NEIGHBOUR, 90],
    [1, R.OTHER, 60],
    [0.8, R.OTHER, 48],
    [0.4, R.SAME, 40],
    [0.125, R.NEIGHBOUR, 11],
    [0, R.SAME, 0],
  ])('fit %p, %s → %p', (fit, relation, score) => {
    expect(matchScore(fit, relation, DISTRICT_TIER_WEIGHTS)).toBe(score);
  });

  it('a close fit at home beats a perfect fit far away, which beats half the required skills at home', () => {
    const home = matchScore(0.8, R.SAME, DISTRICT_TIER_WEIGHTS);
    const far = matchScore(1, R.OTHER, DISTRICT_TIER_WEIGHTS);
    expect(home).toBeGreaterThan(far);
    expect(far).toBeGreaterThan(matchScore(0.4, R.SAME, DISTRICT_TIER_WEIGHTS));
  });
});

describe('districtRelation', () => {
  it.each<[string, string, R]>([
    ['A', 'A', R.SAME],
    ['A', 'B', R.NEIGHBOUR],
    ['A', 'C', R.OTHER],
  ])('slot in %s, person in %s → %s', (slotDistrict, personDistrict, relation) => {
    expect(districtRelation(slotDistrict, personDistrict, new Set(['B']))).toBe(relation);
  });
});

describe('explain: the conditions that applied to the pair, all met', () => {
  it.each<[string, Partial<Slot>, Partial<Candidate>, C[]]>([
    ['consent and hours always', {}, {}, [C.CONSENT, C.HOURS]],
    ['shifts when the slot has some', { shifts: [Shift.DAY] }, {}, [C.CONSENT, C.HOURS, C.SHIFTS]],
    ['no night shifts when the person needs it', {}, { supportNeeds: [Need.NO_NIGHT_SHIFTS] }, [C.CONSENT, C.HOURS, C.NO_NIGHT_SHIFTS]],
    [
      'each need the workplace meets',
      {},
      { supportNeeds: [Need.LANGUAGE_SUPPORT, Need.NEEDS_TUTOR, Need.STEP_FREE_ACCESS, Need.GRADUAL_START] },
      [C.CONSENT, C.HOURS, C.TUTOR, C.GRADUAL_START, C.STEP_FREE_ACCESS, C.LANGUAGE_SUPPORT],
    ],
    ['a driving licence when required', { drivingLicenceRequired: true }, {}, [C.CONSENT, C.HOURS, C.DRIVING_LICENCE]],
    ['languages when asked', { languages: [{ code: 'it', minLevel: 'B1' }] }, {}, [C.CONSENT, C.HOURS, C.LANGUAGES]],
  ])('%s', (_name, slotFields, candidateFields, conditions) => {
    expect(explain(slot(slotFields), candidate(candidateFields), R.SAME, vocabulary, DISTRICT_TIER_WEIGHTS).conditionsMet).toEqual(conditions);
  });

  it('names the skills met and missing, with the score and the fit', () => {
    const asking = slot({ requiredSkillIds: ['forklift', 'welding'], freeSkillLabels: ['giardinaggio'] });
    expect(explain(asking, candidate({ skillIds: ['muletto'] }), R.NEIGHBOUR, vocabulary, DISTRICT_TIER_WEIGHTS)).toEqual({
      score: 36,
      skillsFit: 40,
      districtRelation: R.NEIGHBOUR,
      skillsMatched: [{ skillId: 'forklift', label: 'Conduzione carrelli elevatori', required: true }],
      skillsMissing: [
        { skillId: 'welding', label: 'Saldatura', required: true },
        { skillId: null, label: 'giardinaggio', required: false },
      ],
      conditionsMet: [C.CONSENT, C.HOURS],
    });
  });
});

describe('isMatchable: active as of now and consented to matching', () => {
  const GIVEN = '2026-01-01';
  it.each<[CandidateStatus, string | null, ConsentPurpose[], boolean]>([
    [CandidateStatus.ACTIVE, GIVEN, [ConsentPurpose.MATCHING], true],
    [CandidateStatus.ACTIVE, GIVEN, [ConsentPurpose.COORDINATION_BETWEEN_SERVICES, ConsentPurpose.MATCHING], true],
    [CandidateStatus.ACTIVE, null, [ConsentPurpose.MATCHING], false],
    [CandidateStatus.ACTIVE, GIVEN, [ConsentPurpose.COORDINATION_BETWEEN_SERVICES], false],
    [CandidateStatus.STALE, GIVEN, [ConsentPurpose.MATCHING], false],
    [CandidateStatus.IN_PATH, GIVEN, [ConsentPurpose.MATCHING], false],
    [CandidateStatus.PLACED, GIVEN, [ConsentPurpose.MATCHING], false],
    [CandidateStatus.WITHDRAWN, GIVEN, [ConsentPurpose.MATCHING], false],
  ])('%s, consent given %p for %p → %p', (status, consentGivenAt, consentPurposes, expected) => {
    expect(isMatchable(status, candidate({ consentGivenAt, consentPurposes }))).toBe(expected);
  });
});
