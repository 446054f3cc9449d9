import type { EntityManager } from 'typeorm';
import { Candidate, CandidateStatus, COMPLETE, ConsentPurpose } from '@ipl/candidates';
import type { SearchDocument } from '@ipl/search';
import { idBatches } from './id-batches';
import { MATCHABLE_COLUMNS } from './matchable-columns';

/**
 * The profiles the candidates' index holds among these ids: active, not past reconfirmation,
 * complete (which includes consent to matching). Stale, withdrawn or erased ones are left out,
 * so the outbox deletes their documents and a match's recheck drops them.
 */
export function searchableCandidates(manager: EntityManager, ids: readonly string[], now: Date) {
  return (
    manager
      .createQueryBuilder(Candidate, 'candidate')
      // One array parameter: TypeORM spends more expanding 200 `IN` parameters than PostgreSQL answering.
      .where('candidate.id = ANY(:ids)', { ids: [...ids] })
      .andWhere('candidate.status = :status', { status: CandidateStatus.ACTIVE })
      .andWhere('candidate.reconfirm_due_at > :now', { now })
      .andWhere('candidate.completeness = :complete', { complete: COMPLETE })
  );
}

/** What a document is built from. */
type DocumentFields = Pick<Candidate, 'id' | (typeof DOCUMENT_COLUMNS)[number][0]>;

const DOCUMENT_COLUMNS = [
  ...MATCHABLE_COLUMNS,
  ['experiences', 'candidate.experiences'],
  ['status', 'candidate.status'],
  ['consentGivenAt', 'candidate.consent_given_at'],
  ['consentPurposes', 'candidate.consent_purposes::text[]'],
  ['reconfirmDueAt', 'candidate.reconfirm_due_at'],
] as const satisfies readonly (readonly [keyof Candidate, string])[];

/**
 * The anonymised search document of a profile. Built field by field from an allow-list: no free
 * text, no organisation, no active measures, and never the person key.
 */
export function candidateDocument(candidate: DocumentFields, skillLabels: string[]): SearchDocument {
  return {
    id: candidate.id,
    publicCode: candidate.publicCode,
    districtCode: candidate.residenceDistrictCode,
    comuneCode: candidate.residenceComuneCode,
    ageBand: candidate.ageBand,
    skillIds: candidate.skillIds,
    skillLabels,
    freeSkillLabels: candidate.freeSkillLabels,
    occupations: candidate.experiences.map((experience) => experience.occupation),
    languages: candidate.languages.map((language) => `${language.language}:${language.level}`),
    educationLevel: candidate.educationLevel,
    hoursPerWeek: candidate.hoursPerWeek,
    shifts: candidate.shifts,
    drivingLicence: candidate.drivingLicence,
    ownVehicle: candidate.ownVehicle,
    maxCommuteMinutes: candidate.maxCommuteMinutes,
    desiredSectors: candidate.desiredSectors,
    supportNeeds: candidate.supportNeeds,
    status: candidate.status,
    // Matching filters on it too, so that a profile never reaches a company without consent.
    consentToMatching: candidate.consentGivenAt !== null && candidate.consentPurposes.includes(ConsentPurpose.MATCHING),
    reconfirmDueAt: candidate.reconfirmDueAt.getTime(),
  };
}

/**
 * The documents the candidates' index should hold for these ids as of `now`, from PostgreSQL;
 * an id left out is not searchable and its document goes. The outbox, the reindex and any
 * comparison of the index with PostgreSQL build documents here and nowhere else.
 * One statement a batch, read as plain rows with the skills' labels joined in: the relay sends
 * thousands of documents a task, and building entities, then looking the labels up apart, was
 * most of its time.
 */
export async function candidateDocuments(manager: EntityManager, ids: readonly string[], now: Date): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const query = searchableCandidates(manager, ids, now).select('candidate.id', 'id');
  for (const [field, column] of DOCUMENT_COLUMNS) query.addSelect(column, field);
  // Labels in the profile's order of skills; an id the vocabulary no longer knows has none.
  query.addSelect(
    'ARRAY(SELECT skill.label FROM unnest(candidate.skill_ids) WITH ORDINALITY AS chosen(id, position) JOIN skill ON skill.id = chosen.id ORDER BY chosen.position)',
    'skillLabels',
  );
  const rows = await query.getRawMany<DocumentFields & { skillLabels: string[] }>();
  return rows.map((row) => candidateDocument(row, row.skillLabels));
}

/** Ids a full rebuild considers, in batches (candidateDocuments() then decides each one). */
export function searchableCandidateIds(manager: EntityManager, batchSize: number): AsyncIterable<string[]> {
  return idBatches(manager, Candidate, 'row.status = :status', { status: CandidateStatus.ACTIVE }, batchSize);
}
