import type { EntityManager } from 'typeorm';
import { Candidate, CandidateStatus, COMPLETE, ConsentPurpose } from '@ipl/candidates';
import type { SearchDocument } from '@ipl/search';
import { idBatches } from './id-batches';
import { skillLabels } from './skill-labels';

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

/**
 * The anonymised search document of a profile. Built field by field from an allow-list: no free
 * text, no organisation, no active measures, and never the person key.
 */
export function candidateDocument(candidate: Candidate, skillLabels: string[]): SearchDocument {
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
 */
export async function candidateDocuments(manager: EntityManager, ids: readonly string[], now: Date): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const candidates = await searchableCandidates(manager, ids, now).getMany();
  const labels = await skillLabels(manager, candidates.flatMap((candidate) => candidate.skillIds));
  return candidates.map((candidate) =>
    candidateDocument(candidate, candidate.skillIds.map((id) => labels.get(id)).filter((label): label is string => Boolean(label))),
  );
}

/** Ids a full rebuild considers, in batches (candidateDocuments() then decides each one). */
export function searchableCandidateIds(manager: EntityManager, batchSize: number): AsyncIterable<string[]> {
  return idBatches(manager, Candidate, 'row.status = :status', { status: CandidateStatus.ACTIVE }, batchSize);
}
