import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { meiliSynonyms, type SearchDocument, type SearchDocumentSource } from '@ipl/search';
import { SkillsService } from '@ipl/skills';
import type { Candidate } from './candidate.entity';
import { ConsentPurpose } from './candidate.enums';
import { CANDIDATES_INDEX, CandidatesService } from './candidates.service';

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

@Injectable()
export class CandidateSearchSource implements SearchDocumentSource {
  readonly indexName = CANDIDATES_INDEX;
  /** Settings, with the vocabulary's Italian synonyms read when the index is prepared. */
  readonly settings = async (): Promise<Settings> => ({
    searchableAttributes: ['skillLabels', 'freeSkillLabels', 'occupations'],
    synonyms: meiliSynonyms(await this.skills.synonymGroups()),
    filterableAttributes: [
      // 'id': matching leaves out the candidates already proposed to the slot.
      'id',
      'districtCode',
      'comuneCode',
      'ageBand',
      'skillIds',
      // Matching meets a slot's skill by a free label naming it (see explain() in @ipl/matching).
      'freeSkillLabels',
      'languages',
      'educationLevel',
      'hoursPerWeek',
      'shifts',
      'drivingLicence',
      'maxCommuteMinutes',
      'desiredSectors',
      'supportNeeds',
      'status',
      'consentToMatching',
      'reconfirmDueAt',
    ],
    sortableAttributes: ['reconfirmDueAt'],
  });

  constructor(
    private readonly candidates: CandidatesService,
    private readonly skills: SkillsService,
  ) {}

  async documents(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const candidates = await this.candidates.searchable(ids);
    const skills = new Map((await this.skills.findByIds(candidates.flatMap((c) => c.skillIds))).map((skill) => [skill.id, skill.label]));
    return candidates.map((candidate) =>
      candidateDocument(candidate, candidate.skillIds.map((id) => skills.get(id)).filter((label): label is string => Boolean(label))),
    );
  }

  allIds(batchSize: number): AsyncIterable<string[]> {
    return this.candidates.searchableIds(batchSize);
  }
}
