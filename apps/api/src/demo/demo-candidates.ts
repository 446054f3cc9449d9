import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  ActiveMeasure,
  AgeBand,
  Candidate,
  CandidateCefrLevel,
  CandidateShift,
  CandidateStatus,
  CandidateWorkConditionNeed,
  CANDIDATES_INDEX,
  completenessOf,
  ConsentPurpose,
  formatPublicCode,
  type CandidateExperience,
  type CandidateLanguage,
} from '@ipl/candidates';
import type { AppConfig } from '@ipl/config';
import type { Organisation } from '@ipl/organisations';
import type { SearchOutbox } from '@ipl/search';
import { SLOTS_INDEX, SlotStatus } from '@ipl/slots';
import type { DEMO_ORGANISATIONS } from './demo-data';

const DAY_MS = 86_400_000;

export interface DemoCandidate {
  organisation: (typeof DEMO_ORGANISATIONS)[number]['key'];
  residenceComuneCode: string;
  ageBand: AgeBand;
  /** Vocabulary labels; the seed looks their ids up. */
  skills: string[];
  languages: CandidateLanguage[];
  educationLevel: number;
  experiences: CandidateExperience[];
  hoursPerWeek: number;
  shifts: CandidateShift[];
  drivingLicence: boolean;
  maxCommuteMinutes: number;
  desiredSectors: string[];
  supportNeeds: CandidateWorkConditionNeed[];
}

const ITALIAN_NATIVE: CandidateLanguage = { language: 'it', level: CandidateCefrLevel.NATIVE };

/**
 * Anonymised profiles that fit the demo slots in different ways, so that the match views rank
 * and explain something: the first fits the welding tirocinio fully from a neighbouring
 * district, the second misses a nice-to-have skill, the Imola ones come from a farther district.
 * Listed in the order their public codes are given.
 */
export const DEMO_CANDIDATES: DemoCandidate[] = [
  {
    organisation: 'sst-bologna',
    residenceComuneCode: 'BOLOGNA',
    ageBand: AgeBand.AGE_25_34,
    skills: ['Saldatura a filo', 'Lavoro di squadra', 'Uso del transpallet'],
    languages: [ITALIAN_NATIVE],
    educationLevel: 3,
    experiences: [{ occupation: 'aiuto carpentiere metallico', sectorCode: 'C', months: 14, endYear: 2024, description: null }],
    hoursPerWeek: 38,
    shifts: [CandidateShift.DAY],
    drivingLicence: true,
    maxCommuteMinutes: 60,
    desiredSectors: ['C', 'H'],
    supportNeeds: [],
  },
  {
    organisation: 'sst-bologna',
    residenceComuneCode: 'BOLOGNA',
    ageBand: AgeBand.AGE_45_54,
    skills: ['Saldatura a filo'],
    languages: [{ language: 'it', level: CandidateCefrLevel.B1 }, { language: 'ro', level: CandidateCefrLevel.NATIVE }],
    educationLevel: 2,
    experiences: [{ occupation: 'saldatore', sectorCode: 'C', months: 60, endYear: 2019, description: null }],
    hoursPerWeek: 30,
    shifts: [CandidateShift.DAY],
    drivingLicence: false,
    maxCommuteMinutes: 50,
    desiredSectors: ['C'],
    supportNeeds: [CandidateWorkConditionNeed.NEEDS_TUTOR, CandidateWorkConditionNeed.GRADUAL_START],
  },
  {
    organisation: 'sst-bologna',
    residenceComuneCode: 'BOLOGNA',
    ageBand: AgeBand.AGE_18_24,
    skills: ['Lavaggio stoviglie', 'Aiuto cuoco', 'Lavoro di squadra'],
    languages: [{ language: 'it', level: CandidateCefrLevel.B1 }, { language: 'ar', level: CandidateCefrLevel.NATIVE }],
    educationLevel: 2,
    experiences: [],
    hoursPerWeek: 20,
    shifts: [CandidateShift.DAY],
    drivingLicence: false,
    maxCommuteMinutes: 40,
    desiredSectors: ['I'],
    supportNeeds: [CandidateWorkConditionNeed.GRADUAL_START],
  },
  {
    organisation: 'caritas-imola',
    residenceComuneCode: 'IMOLA',
    ageBand: AgeBand.AGE_35_44,
    skills: ['Saldatura a filo', 'Saldatura TIG'],
    languages: [ITALIAN_NATIVE],
    educationLevel: 3,
    experiences: [{ occupation: 'saldatore TIG', sectorCode: 'C', months: 36, endYear: 2023, description: null }],
    hoursPerWeek: 40,
    shifts: [CandidateShift.DAY, CandidateShift.EVENING],
    drivingLicence: true,
    maxCommuteMinutes: 75,
    desiredSectors: ['C'],
    supportNeeds: [],
  },
  {
    organisation: 'caritas-imola',
    residenceComuneCode: 'IMOLA',
    ageBand: AgeBand.AGE_55_PLUS,
    skills: ['Uso del transpallet', 'Gestione di magazzino', 'Conduzione carrello elevatore'],
    languages: [ITALIAN_NATIVE],
    educationLevel: 2,
    experiences: [{ occupation: 'magazziniere', sectorCode: 'H', months: 120, endYear: 2022, description: null }],
    hoursPerWeek: 36,
    shifts: [CandidateShift.DAY],
    drivingLicence: true,
    maxCommuteMinutes: 60,
    desiredSectors: ['H', 'G'],
    supportNeeds: [],
  },
];

/**
 * Adds the demo candidates, complete and consented, and queues them and the open demo slots for
 * the search index: the worker (or `deliverAll` in tests) makes the match views work at once.
 */
export async function seedDemoCandidates(
  manager: EntityManager,
  organisations: ReadonlyMap<string, Organisation>,
  config: AppConfig,
  now: Date,
  outbox: SearchOutbox,
): Promise<void> {
  const labels = [...new Set(DEMO_CANDIDATES.flatMap((candidate) => candidate.skills))];
  const skills = (await manager.query('SELECT id, label FROM skill WHERE label = ANY($1)', [labels])) as { id: string; label: string }[];
  const skillId = new Map(skills.map((skill) => [skill.label, skill.id]));
  const comuni = (await manager.query('SELECT code, district_code AS "districtCode" FROM comune')) as { code: string; districtCode: string }[];
  const districtOf = new Map(comuni.map((comune) => [comune.code, comune.districtCode]));
  const ids: string[] = [];
  for (const { organisation: key, skills: wanted, ...profile } of DEMO_CANDIDATES) {
    const organisation = organisations.get(key);
    const residenceDistrictCode = districtOf.get(profile.residenceComuneCode);
    if (!organisation || !residenceDistrictCode) continue;
    const publicCode = formatPublicCode(organisation.channel, organisation.districtCode, now.getUTCFullYear(), await nextSequence(manager, organisation, now));
    const candidate = manager.create(Candidate, {
      ...profile,
      publicCode,
      organisationId: organisation.id,
      residenceDistrictCode,
      skillIds: wanted.flatMap((label) => skillId.get(label) ?? []),
      freeSkillLabels: [],
      availableFrom: null,
      ownVehicle: false,
      activeMeasures: [ActiveMeasure.NONE],
      consentGivenAt: now.toISOString().slice(0, 10),
      consentPurposes: [ConsentPurpose.MATCHING, ConsentPurpose.COORDINATION_BETWEEN_SERVICES],
      notes: null,
      status: CandidateStatus.ACTIVE,
      // Demo people have no codice fiscale: an unkeyed hash of the code stands in for the person key.
      personKey: createHash('sha256').update(`demo:${publicCode}`).digest('hex'),
      lastConfirmedAt: now,
      reconfirmDueAt: new Date(now.getTime() + config.get('CANDIDATE_RECONFIRM_DAYS') * DAY_MS),
      reminderSentAt: null,
      retentionUntil: addMonths(now, config.get('CANDIDATE_RETENTION_MONTHS')),
      withdrawnAt: null,
    });
    candidate.completeness = completenessOf(candidate);
    ids.push((await manager.save(candidate)).id);
  }
  const openSlots = (await manager.query('SELECT id FROM slot WHERE status = $1', [SlotStatus.OPEN])) as { id: string }[];
  await outbox.documentsChanged(manager, CANDIDATES_INDEX, ids);
  await outbox.documentsChanged(manager, SLOTS_INDEX, openSlots.map(({ id }) => id));
}

/** The same per-channel, district and year counter the candidates service uses, so later codes follow on. */
async function nextSequence(manager: EntityManager, organisation: Organisation, now: Date): Promise<number> {
  const [row] = (await manager.query(
    `INSERT INTO candidate_code_sequence (channel, district_code, year, last_value) VALUES ($1, $2, $3, 1)
     ON CONFLICT ON CONSTRAINT pk_candidate_code_sequence
     DO UPDATE SET last_value = candidate_code_sequence.last_value + 1
     RETURNING last_value AS "lastValue"`,
    [organisation.channel, organisation.districtCode, now.getUTCFullYear()],
  )) as { lastValue: number }[];
  return row.lastValue;
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
