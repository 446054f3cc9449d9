import type { CandidateIntakeService } from '@ipl/candidates';
import { partitaIvaCheckDigit, SizeBand, type CompaniesService } from '@ipl/companies';
import { findPersonalData } from '@ipl/personal-data';
import { normaliseFreeLabel, SKILLS_VOCABULARY, type SkillDataEntry } from '@ipl/skills';
import type { SlotsService } from '@ipl/slots';
import { comuneCode, TERRITORY } from '@ipl/territory';
import { Random } from './random';

export type CandidateInput = Parameters<CandidateIntakeService['create']>[0];
export type SlotInput = Parameters<SlotsService['create']>[0];
export type CompanyInput = Parameters<CompaniesService['create']>[0];

/** Residents per district (ISTAT, 1 January 2024, rounded): people and companies are placed in proportion. */
const DISTRICT_POPULATION: Record<string, number> = {
  BOLOGNA: 390_000,
  RENO_LAVINO_SAMOGGIA: 114_000,
  APPENNINO_BOLOGNESE: 55_000,
  SAVENA_IDICE: 78_000,
  PIANURA_EST: 161_000,
  PIANURA_OVEST: 84_000,
  IMOLA: 134_000,
};

/** How often a trade is someone's main one among the people the services refer, and among the slots. */
const GROUP_WEIGHTS: [string, number][] = [
  ['RISTORAZIONE', 14],
  ['PULIZIE', 14],
  ['LOGISTICA', 12],
  ['COMMERCIO', 10],
  ['MANIFATTURA', 8],
  ['ASSISTENZA', 8],
  ['AGRICOLTURA', 6],
  ['PRODUZIONE_ALIMENTARE', 6],
  ['EDILIZIA', 5],
  ['TURISMO', 5],
  ['TRASPORTI', 4],
  ['AMMINISTRAZIONE', 4],
  ['ARTIGIANATO', 3],
  ['INFORMATICA', 3],
];

/** ATECO code of a company of each trade. */
const GROUP_ATECO: Record<string, string> = {
  RISTORAZIONE: '56.10.11',
  PRODUZIONE_ALIMENTARE: '10.71.10',
  PULIZIE: '81.21.00',
  LOGISTICA: '52.10.10',
  MANIFATTURA: '25.62.00',
  EDILIZIA: '43.21.01',
  COMMERCIO: '47.11.10',
  AGRICOLTURA: '81.30.00',
  ASSISTENZA: '88.10.00',
  AMMINISTRAZIONE: '82.11.01',
  INFORMATICA: '62.01.00',
  TRASPORTI: '49.41.00',
  ARTIGIANATO: '31.09.10',
  TURISMO: '55.10.00',
};

/** Skills written outside the vocabulary, as operators and HR type them. */
const OUTSIDE_VOCABULARY = [
  'uso della planetaria',
  'cucito a macchina',
  'piegatura capi',
  'riparazione biciclette',
  'cura dell orto sinergico',
  'lavaggio auto a mano',
  'allestimento vetrine',
  'uso della pressa piegatrice',
  'impagliatura sedie',
  'etichettatura vini',
];

const SECOND_LANGUAGES = ['ar', 'ro', 'uk', 'sq', 'en', 'fr', 'es', 'zh', 'ur', 'bn', 'wo', 'ti'];
const NOTES = ['preferisce i turni del mattino', 'cerca un primo inserimento graduale', 'disponibile anche il sabato', 'ha lavorato in squadra in cucine collettive'];

export interface Territory {
  districts: string[];
  comuniOf: Map<string, string[]>;
  neighboursOf: Map<string, string[]>;
}

export function territory(): Territory {
  return {
    districts: TERRITORY.districts.map((district) => district.code),
    comuniOf: new Map(TERRITORY.districts.map((district) => [district.code, district.comuni.map(comuneCode)])),
    neighboursOf: new Map(TERRITORY.districts.map((district) => [district.code, [...district.neighbours].sort()])),
  };
}

interface Group {
  code: string;
  label: string;
  skills: SkillDataEntry[];
}

const PLACES = territory();
const GROUPS = new Map<string, Group>(SKILLS_VOCABULARY.groups.map((group) => [group.code, group]));
const SYNONYMS = SKILLS_VOCABULARY.groups.flatMap((group) => group.skills.flatMap((skill) => skill.synonyms.map(normaliseFreeLabel)));

/**
 * Realistic profiles and slots over the 55 comuni: districts by population, skills from the
 * shipped vocabulary clustered by trade, plausible availability, conditions and languages.
 */
export class DataSet {
  private readonly districtWeights: [string, number][];

  /** Pass a generator seeded per record, so that a record is the same whatever the import's concurrency. */
  constructor(
    readonly random: Random,
    readonly places: Territory = PLACES,
  ) {
    this.districtWeights = places.districts.map((code) => [code, DISTRICT_POPULATION[code] ?? 50_000]);
  }

  district(): string {
    return this.random.weighted(this.districtWeights);
  }

  comuneIn(district: string): string {
    return this.random.pick(this.places.comuniOf.get(district) ?? []);
  }

  /** Share of the metropolitan population in a district, for placing organisations and companies. */
  populationShare(district: string): number {
    const total = this.districtWeights.reduce((sum, [, weight]) => sum + weight, 0);
    return (DISTRICT_POPULATION[district] ?? 50_000) / total;
  }

  candidate(comune: string): CandidateInput {
    const r = this.random;
    const main = this.group(r.weighted(GROUP_WEIGHTS));
    const skills = r.sample(main.skills, r.int(2, 5));
    if (r.chance(0.35)) skills.push(...r.sample(this.group(r.weighted(GROUP_WEIGHTS)).skills, r.int(1, 2)));
    if (r.chance(0.5)) skills.push(...r.sample(this.group('TRASVERSALI').skills, r.int(1, 2)));
    if (r.chance(0.2)) skills.push(r.pick(this.group('SICUREZZA').skills));
    const skillIds = [...new Set(skills.map((skill) => skill.id))];
    const freeSkillLabels = r.chance(0.12) ? [r.chance(0.6) ? r.pick(SYNONYMS) : r.pick(OUTSIDE_VOCABULARY)] : [];
    const licence = r.chance(0.45);
    const shifts = (['DAY', 'EVENING', 'NIGHT', 'WEEKEND'] as const).filter((_, i) => r.chance([0.9, 0.4, 0.1, 0.35][i]));
    const supportNeeds = r.sample(['NEEDS_TUTOR', 'GRADUAL_START', 'NEEDS_TUTOR', 'NO_NIGHT_SHIFTS', 'STEP_FREE_ACCESS', 'LANGUAGE_SUPPORT'] as const, r.weighted([[0, 50], [1, 35], [2, 15]]));
    const consentedDaysAgo = r.int(1, 180);
    return {
      codiceFiscale: codiceFiscale(r),
      residenceComuneCode: comune,
      ageBand: r.weighted([['AGE_16_17', 3], ['AGE_18_24', 20], ['AGE_25_34', 25], ['AGE_35_44', 22], ['AGE_45_54', 20], ['AGE_55_PLUS', 10]] as const) as CandidateInput['ageBand'],
      skillIds,
      freeSkillLabels,
      languages: [
        { language: 'it', level: r.weighted([['NATIVE', 55], ['C1', 3], ['B2', 8], ['B1', 14], ['A2', 15], ['A1', 5]] as const) },
        ...(r.chance(0.45) ? [{ language: r.pick(SECOND_LANGUAGES), level: r.weighted([['NATIVE', 60], ['B1', 20], ['A2', 20]] as const) }] : []),
      ] as CandidateInput['languages'],
      educationLevel: r.weighted([[1, 8], [2, 25], [3, 30], [4, 25], [5, 4], [6, 6], [7, 2]]),
      experiences: Array.from({ length: r.weighted([[0, 30], [1, 40], [2, 20], [3, 10]]) }, () => {
        const skill = r.pick(skills);
        return {
          occupation: jobTitle(skill, r),
          sectorCode: r.pick(['C', 'G', 'H', 'I', 'N', 'Q', 'S']),
          months: r.int(2, 60),
          endYear: r.chance(0.2) ? null : r.int(2012, 2025),
          description: r.chance(0.3) ? 'mansioni di base, lavoro in squadra' : null,
        };
      }),
      hoursPerWeek: r.weighted([[15, 8], [20, 22], [25, 15], [30, 25], [36, 10], [40, 20]]),
      shifts: (shifts.length > 0 ? shifts : ['DAY']) as CandidateInput['shifts'],
      availableFrom: r.chance(0.3) ? inDays(r.int(0, 60)) : null,
      drivingLicence: licence,
      ownVehicle: licence && r.chance(0.5),
      maxCommuteMinutes: r.weighted([[20, 15], [30, 30], [45, 30], [60, 20], [90, 5]]),
      desiredSectors: r.sample(['C', 'G', 'H', 'I', 'N', 'Q', 'A', 'F', 'S'], r.int(1, 3)),
      supportNeeds: [...new Set(supportNeeds)] as CandidateInput['supportNeeds'],
      activeMeasures: [r.weighted([['NONE', 60], ['LR_14_2015_PATH', 15], ['EMPLOYMENT_CENTRE_PROGRAMME', 15], ['INCOME_SUPPORT_ACTIVATION_PACT', 10]] as const)] as CandidateInput['activeMeasures'],
      consentGivenAt: inDays(-consentedDaysAgo),
      // A few profiles wait for the person's consent to matching: complete in everything else, never matched.
      consentPurposes: (r.chance(0.02) ? ['COORDINATION_BETWEEN_SERVICES'] : r.chance(0.5) ? ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'] : ['MATCHING']) as CandidateInput['consentPurposes'],
      notes: r.chance(0.2) ? r.pick(NOTES) : null,
    };
  }

  /** The trade of a company, which its slots mostly ask for. */
  trade(): string {
    return this.random.weighted(GROUP_WEIGHTS);
  }

  company(index: number, trade: string, comune: string): CompanyInput {
    const digits = String(10_000_000_00 + index).slice(-10);
    return {
      legalName: `${this.group(trade).label} ${String(index).padStart(4, '0')} S.r.l.`,
      partitaIva: digits + partitaIvaCheckDigit(digits),
      atecoCode: GROUP_ATECO[trade] ?? '82.99.99',
      sizeBand: this.random.weighted([[SizeBand.MICRO, 30], [SizeBand.SMALL, 40], [SizeBand.MEDIUM, 20], [SizeBand.LARGE, 10]]),
      contactEmail: `hr${index}@azienda-${index}.example`,
      sites: [{ comuneCode: comune }],
    };
  }

  slot(trade: string, comune: string): SlotInput {
    const r = this.random;
    const group = this.group(r.chance(0.85) ? trade : r.weighted(GROUP_WEIGHTS));
    const required = r.sample(group.skills, r.weighted([[1, 30], [2, 45], [3, 25]]));
    const nice = r.sample(group.skills.filter((skill) => !required.includes(skill)), r.weighted([[0, 30], [1, 40], [2, 30]]));
    if (r.chance(0.4)) nice.push(r.pick(this.group('TRASVERSALI').skills));
    const kind = r.weighted([['TIROCINIO', 50], ['AVVICINAMENTO_AL_LAVORO', 25], ['JOB', 25]] as const);
    const shifts = (['DAY', 'EVENING', 'NIGHT', 'WEEKEND'] as const).filter((_, i) => r.chance([0.85, 0.2, 0.05, 0.15][i]));
    const italian = r.weighted([[null, 20], ['A2', 50], ['B1', 25], ['B2', 5]] as const);
    return {
      kind: kind as SlotInput['kind'],
      title: `${{ TIROCINIO: 'Tirocinio', AVVICINAMENTO_AL_LAVORO: 'Avvicinamento al lavoro', JOB: 'Inserimento' }[kind]}: ${required[0].label.toLowerCase()}`,
      description: `Affiancamento nel settore ${group.label.toLowerCase()}, con un referente in azienda e mansioni che crescono nel tempo.`,
      requiredSkillIds: required.map((skill) => skill.id),
      niceToHaveSkillIds: [...new Set(nice.map((skill) => skill.id))],
      freeSkillLabels: r.chance(0.08) ? [r.pick(OUTSIDE_VOCABULARY)] : [],
      comuneCode: comune,
      openings: r.weighted([[1, 60], [2, 30], [3, 10]]),
      hoursPerWeek: r.weighted([[15, 10], [20, 35], [25, 20], [30, 20], [36, 5], [40, 10]]),
      shifts: (shifts.length > 0 ? shifts : ['DAY']) as SlotInput['shifts'],
      startDate: inDays(r.int(7, 90)),
      durationMonths: r.int(3, 12),
      languages: [...(italian ? [{ code: 'it', minLevel: italian }] : []), ...(r.chance(0.04) ? [{ code: 'en', minLevel: 'B1' }] : [])],
      drivingLicenceRequired: r.chance(0.1),
      offersTutor: r.chance(0.7),
      offersGradualStart: r.chance(0.5),
      stepFreeAccess: r.chance(0.4),
      reachableByPublicTransport: r.chance(0.6),
      offersLanguageSupport: r.chance(0.3),
    };
  }

  private group(code: string): Group {
    const group = GROUPS.get(code);
    if (!group) throw new Error(`No skills group ${code} in the vocabulary`);
    return group;
  }
}

export function inDays(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const ODD: Record<string, number> = Object.fromEntries(
  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23].flatMap((value, i) => [
    [String.fromCharCode(65 + i), value],
    ...(i < 10 ? [[String(i), value]] : []),
  ]),
);

/** A valid codice fiscale of no one: random letters and birth data, Agrigento (A089), the check character. */
export function codiceFiscale(r: Random): string {
  const letters = 'BCDFGHLMNPRSTVZ';
  const body = [
    ...Array.from({ length: 6 }, () => r.pick([...letters])),
    String(r.int(40, 99)),
    r.pick([...'ABCDEHLMPRST']),
    String(r.int(1, 28) + (r.chance(0.5) ? 40 : 0)).padStart(2, '0'),
    'A089',
  ].join('');
  const sum = [...body].reduce((total, char, i) => total + (i % 2 === 0 ? ODD[char] : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65), 0);
  return body + String.fromCharCode(65 + (sum % 26));
}

/**
 * A past job as an operator writes it: the skill's name or one of its synonyms. Synonyms the
 * personal-data guard refuses are left out ("D.Lgs. 81/2008" reads to it as a person's name):
 * the import would refuse the whole profile, and the bench measures imports, not the guard.
 */
function jobTitle(skill: SkillDataEntry, r: Random): string {
  const synonyms = skill.synonyms.filter((synonym) => findPersonalData(synonym).length === 0);
  return synonyms.length > 0 && r.chance(0.6) ? r.pick(synonyms) : skill.label.toLowerCase();
}
