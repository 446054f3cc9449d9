import { Injectable } from '@nestjs/common';
import { Meilisearch, type Hit, type MultiSearchQueryWithFederation } from 'meilisearch';
import { CANDIDATES_INDEX } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { emptyUntilIndexed, SearchIndexes } from '@ipl/search';
import { SLOTS_INDEX } from '@ipl/slots';
import { BriefCache } from './brief-cache';
import { poolQueries, type PoolLevel } from './match-filters';
import type { RankableCandidate } from './match-recheck';
import { MATCH_POOL_SIZE, type DistrictTierWeights } from './match-weights';

/** The fields of a candidate's document that rank it (see candidateDocument). */
interface CandidateRanking {
  id: string;
  districtCode: string;
  skillIds: string[];
  freeSkillLabels: string[];
}
const CANDIDATE_RANKING: (keyof CandidateRanking)[] = ['id', 'districtCode', 'skillIds', 'freeSkillLabels'];

/** How long a process reuses facet counts over a whole index (see BriefCache). */
const FACET_TTL_MS = 5_000;

/** The requests a match sends to Meilisearch. */
@Injectable()
export class MatchIndexQueries {
  private readonly comuneCounts = new BriefCache(FACET_TTL_MS, () => this.indexes.version(CANDIDATES_INDEX), () => this.countMatchableByComune());
  private readonly slotLanguages = new BriefCache(FACET_TTL_MS, () => this.indexes.version(SLOTS_INDEX), () => this.slotLanguageCodes());

  constructor(
    private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly clock: Clock,
  ) {}

  /**
   * A slot's pool of candidates in the engine's order (see pool), with what the ranking needs from
   * their documents: the match ranks the pool from the index and asks PostgreSQL only about the
   * page it shows (MatchIndexRecheck.candidatePage), one statement whatever the pool.
   */
  async candidatePool(levels: PoolLevel[], filters: string[], district: string, neighbours: ReadonlySet<string>, weights: DistrictTierWeights): Promise<RankableCandidate[]> {
    const hits = await this.pool<CandidateRanking>(CANDIDATES_INDEX, levels, filters, district, neighbours, weights, CANDIDATE_RANKING);
    return hits.map((hit) => ({ id: hit.id, residenceDistrictCode: hit.districtCode, skillIds: hit.skillIds, freeSkillLabels: hit.freeSkillLabels }));
  }

  /** A person's pool of slots: ids in the engine's order (see pool). */
  async slotPool(levels: PoolLevel[], filters: string[], district: string, neighbours: ReadonlySet<string>, weights: DistrictTierWeights): Promise<string[]> {
    return (await this.pool<{ id: string }>(SLOTS_INDEX, levels, filters, district, neighbours, weights, ['id'])).map((hit) => hit.id);
  }

  /**
   * One federated multi-search: a query per district tier and level of skills fit, all with the
   * hard constraints. Returns the documents, each once, in the engine's merged order. (Dealing
   * the queries into two requests sent at once was measured slower: each federated request has a
   * cost of its own, and Meilisearch did not run the two side by side.)
   */
  private async pool<D extends { id: string }>(
    indexName: string,
    levels: PoolLevel[],
    filters: string[],
    district: string,
    neighbours: ReadonlySet<string>,
    weights: DistrictTierWeights,
    attributes: (keyof D & string)[],
  ): Promise<D[]> {
    if (levels.length === 0) return [];
    const indexUid = this.indexes.uid(indexName);
    const queries = poolQueries(indexUid, levels, filters, district, [...neighbours].sort(), weights, attributes);
    const search = this.client.multiSearch<{ federation: { limit: number; offset: number }; queries: MultiSearchQueryWithFederation[] }, D>({
      federation: { limit: MATCH_POOL_SIZE, offset: 0 },
      queries,
    });
    const hits = await emptyUntilIndexed(search.then((response) => response.hits), []);
    const seen = new Set<string>();
    return hits.filter((hit: Hit<D>) => !seen.has(hit.id) && Boolean(seen.add(hit.id)));
  }

  /** Matchable people per comune (the index holds only active, consented profiles; freshness is asked, see candidateFilters). */
  matchableByComune(): Promise<Map<string, number>> {
    return this.comuneCounts.get();
  }

  /** The languages open slots ask for, from the index itself (see slotFilters). */
  requiredLanguageCodes(): Promise<string[]> {
    return this.slotLanguages.get();
  }

  private async countMatchableByComune(): Promise<Map<string, number>> {
    const search = this.client.index(this.indexes.uid(CANDIDATES_INDEX)).search('', { limit: 0, filter: `reconfirmDueAt > ${this.clock.now().getTime()}`, facets: ['comuneCode'] });
    const counts = await emptyUntilIndexed(search.then((result) => result.facetDistribution?.comuneCode ?? {}), {});
    return new Map(Object.entries(counts));
  }

  private async slotLanguageCodes(): Promise<string[]> {
    const search = this.client.index(this.indexes.uid(SLOTS_INDEX)).search('', { limit: 0, facets: ['languageCodes'] });
    return Object.keys(await emptyUntilIndexed(search.then((result) => result.facetDistribution?.languageCodes ?? {}), {}));
  }
}
