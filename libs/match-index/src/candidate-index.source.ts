import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { DataSource } from 'typeorm';
import { CANDIDATES_INDEX } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { meiliSynonyms, type SearchDocument, type SearchDocumentSource } from '@ipl/search';
import { SkillsService } from '@ipl/skills';
import { candidateDocuments, searchableCandidateIds } from './candidate-document';

/**
 * The candidates' index settings, with the vocabulary's Italian synonyms. Only what a query
 * filters or facets on is filterable (match-filters.ts, MatchIndexQueries): each filterable
 * attribute is a facet database Meilisearch keeps up to date at every write.
 */
export function candidateIndexSettings(synonymGroups: readonly (readonly string[])[]): Settings {
  return {
    searchableAttributes: ['skillLabels', 'freeSkillLabels', 'occupations'],
    synonyms: meiliSynonyms(synonymGroups),
    filterableAttributes: [
      // 'id': matching leaves out the candidates already proposed to the slot.
      'id',
      'districtCode',
      // The matchable people per comune (comune disclosure).
      'comuneCode',
      'skillIds',
      // Matching meets a slot's skill by a free label naming it (see explain() in match-ranking.ts).
      'freeSkillLabels',
      'languages',
      'hoursPerWeek',
      'shifts',
      'drivingLicence',
      'supportNeeds',
      // Only the comune counts ask it: a profile past its date waits for the hourly stale job, and must not be counted meanwhile.
      'reconfirmDueAt',
    ],
    sortableAttributes: [],
  };
}

/** The candidates' index as the outbox relay and the reindexer of @ipl/search see it. */
@Injectable()
export class CandidateIndexSource implements SearchDocumentSource {
  readonly indexName = CANDIDATES_INDEX;
  /** Read when the index is prepared, so a vocabulary change reaches it with the next reindex. */
  readonly settings = async (): Promise<Settings> => candidateIndexSettings(await this.skills.synonymGroups());

  constructor(
    private readonly dataSource: DataSource,
    private readonly skills: SkillsService,
    private readonly clock: Clock,
  ) {}

  documents(ids: readonly string[]): Promise<SearchDocument[]> {
    return candidateDocuments(this.dataSource.manager, ids, this.clock.now());
  }

  allIds(batchSize: number): AsyncIterable<string[]> {
    return searchableCandidateIds(this.dataSource.manager, batchSize);
  }
}
