import { Injectable } from '@nestjs/common';
import { Meilisearch, type Hit, type MultiSearchQueryWithFederation } from 'meilisearch';
import { CANDIDATES_INDEX } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { emptyUntilIndexed, SearchIndexes } from '@ipl/search';
import { SLOTS_INDEX, SlotStatus } from '@ipl/slots';
import { poolQueries, type PoolLevel } from './match-filters';
import { MATCH_POOL_SIZE, type DistrictTierWeights } from './match-weights';

/** The requests a match sends to Meilisearch. */
@Injectable()
export class MatchIndexQueries {
  constructor(
    private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly clock: Clock,
  ) {}

  /** A slot's pool of candidates: ids in the engine's order (see pool). */
  candidatePool(levels: PoolLevel[], filters: string[], district: string, neighbours: ReadonlySet<string>, weights: DistrictTierWeights): Promise<string[]> {
    return this.pool(CANDIDATES_INDEX, levels, filters, district, neighbours, weights);
  }

  /** A person's pool of slots: ids in the engine's order (see pool). */
  slotPool(levels: PoolLevel[], filters: string[], district: string, neighbours: ReadonlySet<string>, weights: DistrictTierWeights): Promise<string[]> {
    return this.pool(SLOTS_INDEX, levels, filters, district, neighbours, weights);
  }

  /**
   * One federated multi-search: a query per district tier and level of skills fit, all with the
   * hard constraints. Returns document ids in the engine's merged order. (Dealing the queries
   * into two requests sent at once was measured slower: each federated request has a cost of
   * its own, and Meilisearch did not run the two side by side.)
   */
  private async pool(indexName: string, levels: PoolLevel[], filters: string[], district: string, neighbours: ReadonlySet<string>, weights: DistrictTierWeights): Promise<string[]> {
    if (levels.length === 0) return [];
    const indexUid = this.indexes.uid(indexName);
    const queries = poolQueries(indexUid, levels, filters, district, [...neighbours].sort(), weights);
    const search = this.client.multiSearch<{ federation: { limit: number; offset: number }; queries: MultiSearchQueryWithFederation[] }, { id: string }>({
      federation: { limit: MATCH_POOL_SIZE, offset: 0 },
      queries,
    });
    const hits = await emptyUntilIndexed(search.then((response) => response.hits), []);
    return [...new Set(hits.map((hit: Hit<{ id: string }>) => hit.id))];
  }

  /** Matchable people per comune, one faceted count per match (the index holds exactly the matchable profiles' filters). */
  async matchableByComune(): Promise<Map<string, number>> {
    const search = this.client.index(this.indexes.uid(CANDIDATES_INDEX)).search('', {
      limit: 0,
      filter: ['status = ACTIVE', 'consentToMatching = true', `reconfirmDueAt > ${this.clock.now().getTime()}`],
      facets: ['comuneCode'],
    });
    const counts = await emptyUntilIndexed(search.then((result) => result.facetDistribution?.comuneCode ?? {}), {});
    return new Map(Object.entries(counts));
  }

  /** The languages open slots ask for, from the index itself (see slotFilters). */
  async requiredLanguageCodes(): Promise<string[]> {
    const search = this.client.index(this.indexes.uid(SLOTS_INDEX)).search('', { limit: 0, filter: `status = ${SlotStatus.OPEN}`, facets: ['languageCodes'] });
    return Object.keys(await emptyUntilIndexed(search.then((result) => result.facetDistribution?.languageCodes ?? {}), {}));
  }
}
