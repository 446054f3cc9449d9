import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { DataSource } from 'typeorm';
import { meiliSynonyms, type SearchDocument, type SearchDocumentSource } from '@ipl/search';
import { SkillsService } from '@ipl/skills';
import { SLOTS_INDEX } from '@ipl/slots';
import { searchableSlotIds, slotDocuments } from './slot-document';

/** The slots' index settings, with the vocabulary's Italian synonyms; filterable only what a query filters or facets on (match-filters.ts). */
export function slotIndexSettings(synonymGroups: readonly (readonly string[])[]): Settings {
  return {
    searchableAttributes: ['requiredSkillLabels', 'niceToHaveSkillLabels', 'freeSkillLabels', 'title'],
    synonyms: meiliSynonyms(synonymGroups),
    filterableAttributes: [
      // 'id': matching leaves out the slots a candidate was already proposed to.
      'id',
      'districtCode',
      'requiredSkillIds',
      'niceToHaveSkillIds',
      // Matching meets a slot's free label by a person's skill or free label of that name.
      'freeSkillLabels',
      'hoursPerWeek',
      'shifts',
      'languageRequirements',
      'languageCodes',
      'drivingLicenceRequired',
      'offers',
      'pausedUntilDay',
      'monthlyCapReopensDay',
      'openingsLeft',
    ],
    sortableAttributes: [],
  };
}

/** The slots' index as the outbox relay and the reindexer of @ipl/search see it. */
@Injectable()
export class SlotIndexSource implements SearchDocumentSource {
  readonly indexName = SLOTS_INDEX;
  /** Read when the index is prepared, so a vocabulary change reaches it with the next reindex. */
  readonly settings = async (): Promise<Settings> => slotIndexSettings(await this.skills.synonymGroups());

  constructor(
    private readonly dataSource: DataSource,
    private readonly skills: SkillsService,
  ) {}

  documents(ids: readonly string[]): Promise<SearchDocument[]> {
    return slotDocuments(this.dataSource.manager, ids);
  }

  allIds(batchSize: number): AsyncIterable<string[]> {
    return searchableSlotIds(this.dataSource.manager, batchSize);
  }
}
