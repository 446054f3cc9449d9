import { Injectable } from '@nestjs/common';
import { Meilisearch, type Hit, type MultiSearchQueryWithFederation } from 'meilisearch';
import { Scope, type AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { CANDIDATES_INDEX, CandidatesService, type Candidate } from '@ipl/candidates';
import { Clock, type ConnectionShape } from '@ipl/core';
import { ProposalsService } from '@ipl/proposals';
import { SearchIndexes } from '@ipl/search';
import { Skill, SkillsService } from '@ipl/skills';
import { romeDate, SLOTS_INDEX, SlotsService, SlotStatus, type Slot } from '@ipl/slots';
import { TerritoryService } from '@ipl/territory';
import { candidateFilters, candidateQuery, districtRelation, explain, isMatchable, poolQueries, sharedSkillsFilter, slotFilters, slotQuery } from './match-rules';
import { DISTRICT_TIER_WEIGHTS, MATCH_POOL_SIZE, type DistrictTierWeights } from './match-weights';
import { CandidateMatch, MatchedCandidate, MatchExplanation, SlotMatch } from './match.types';
import { MatchingError, MatchingErrorCode } from './matching.errors';

/** Below this many active candidates in a district, a company is not told the comune (it could single someone out). */
export const COMUNE_DISCLOSURE_MIN = 5;

interface PageArgs {
  first: number;
  after?: string | null;
}

export interface MatchOptions {
  /** Tests and the bench try other weights; the API always uses DISTRICT_TIER_WEIGHTS. */
  weights?: DistrictTierWeights;
}

/**
 * Ranked, explained matches between slots and anonymised candidates. Meilisearch applies the
 * hard constraints as filters and hands over a pool ranked by skills text (with synonyms) and
 * by place, one federated query per district tier; the pool is then checked against
 * PostgreSQL (the source of truth) and scored by the documented formula of match-weights.ts.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly client: Meilisearch,
    private readonly indexes: SearchIndexes,
    private readonly slots: SlotsService,
    private readonly candidates: CandidatesService,
    private readonly skills: SkillsService,
    private readonly territory: TerritoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly proposals: ProposalsService,
  ) {}

  /** For HR of the slot's company: every candidate shown is audited as read. */
  async matchCandidates(slotId: string, page: PageArgs, user: AuthUser, options: MatchOptions = {}): Promise<ConnectionShape<CandidateMatch>> {
    const slot = await this.slots.get(slotId, user);
    Scope.of(user).assertCompany(slot.companyId);
    if (slot.status === SlotStatus.CLOSED || slot.status === SlotStatus.FILLED) throw new MatchingError(MatchingErrorCode.SLOT_NOT_MATCHABLE, { status: slot.status });
    const offset = decodeOffset(page.after);
    const weights = options.weights ?? DISTRICT_TIER_WEIGHTS;
    const neighbours = await this.neighboursOf(slot.districtCode);
    const skills = await this.skillMap(slot.requiredSkillIds, slot.niceToHaveSkillIds);
    const [hits, activeByDistrict] = await Promise.all([
      this.pool(CANDIDATES_INDEX, slotQuery(slot, skills), sharedSkillsFilter('skillIds', [...slot.requiredSkillIds, ...slot.niceToHaveSkillIds]), candidateFilters(slot, this.clock.now(), await this.proposals.proposedCandidateIds(slot.id)), slot.districtCode, neighbours, weights),
      this.activeCandidatesByDistrict(),
    ]);
    // The index may lag a write: PostgreSQL says which are still matchable.
    const fresh = new Map((hits.length > 0 ? await this.candidates.searchable(hits) : []).map((candidate) => [candidate.id, candidate]));
    const pool = hits.map((id) => fresh.get(id)).filter((candidate): candidate is Candidate => Boolean(candidate));
    const candidateSkills = await this.skillMap(pool.flatMap((candidate) => candidate.skillIds));
    for (const [id, skill] of skills) candidateSkills.set(id, skill);
    const normalise = (label: string) => this.skills.normaliseFreeLabel(label);
    const scored = pool.map((candidate) => ({
      candidate,
      explanation: explain(slot, candidate, districtRelation(slot.districtCode, candidate.residenceDistrictCode, neighbours), candidateSkills, weights, normalise),
    }));
    const connection = pageOf(sortByScore(scored), offset, page.first, (item) => ({
      candidate: projection(item.candidate, (activeByDistrict.get(item.candidate.residenceDistrictCode) ?? 0) >= COMUNE_DISCLOSURE_MIN),
      explanation: item.explanation,
    }));
    await this.audit.recordMany(
      connection.nodes.map((match) => ({
        actor: user,
        action: 'candidate.read',
        subjectType: 'candidate',
        subjectId: match.candidate.id,
        details: { via: 'matchCandidates', slotId },
      })),
    );
    return connection;
  }

  /** For operators of the candidate's organisation. */
  async matchSlots(candidateId: string, page: PageArgs, user: AuthUser, options: MatchOptions = {}): Promise<ConnectionShape<SlotMatch>> {
    const candidate = await this.candidates.get(candidateId, user);
    if (!isMatchable(this.candidates.statusOf(candidate), candidate)) throw new MatchingError(MatchingErrorCode.CANDIDATE_NOT_MATCHABLE);
    const offset = decodeOffset(page.after);
    const weights = options.weights ?? DISTRICT_TIER_WEIGHTS;
    const district = candidate.residenceDistrictCode;
    const neighbours = await this.neighboursOf(district);
    const skills = await this.skillMap(candidate.skillIds);
    const hits = await this.pool(
      SLOTS_INDEX,
      candidateQuery(candidate, skills),
      `(${sharedSkillsFilter('requiredSkillIds', candidate.skillIds)} OR ${sharedSkillsFilter('niceToHaveSkillIds', candidate.skillIds)})`,
      slotFilters(candidate, romeDate(this.clock.now()), await this.requiredLanguageCodes(), await this.proposals.proposedSlotIds(candidate.id)),
      district,
      neighbours,
      weights,
    );
    const open = new Map((hits.length > 0 ? await this.slots.searchable(hits) : []).map((slot) => [slot.id, slot]));
    const pool = hits.map((id) => open.get(id)).filter((slot): slot is Slot => Boolean(slot));
    const slotSkills = await this.skillMap(pool.flatMap((slot) => [...slot.requiredSkillIds, ...slot.niceToHaveSkillIds]));
    for (const [id, skill] of skills) slotSkills.set(id, skill);
    const normalise = (label: string) => this.skills.normaliseFreeLabel(label);
    // `neighbours` are the person's district's: the slot's district is looked up in them (the relation is symmetric).
    const scored = pool.map((slot) => ({
      slot,
      explanation: explain(slot, candidate, districtRelation(district, slot.districtCode, neighbours), slotSkills, weights, normalise),
    }));
    return pageOf(sortByScore(scored), offset, page.first, (item) => item);
  }

  /**
   * One federated multi-search: a query per district tier, each weighted, all with the hard
   * constraints. Returns document ids in the engine's merged order.
   */
  private async pool(
    indexName: string,
    q: string,
    sharedSkills: string,
    filters: string[],
    district: string,
    neighbours: ReadonlySet<string>,
    weights: DistrictTierWeights,
  ): Promise<string[]> {
    const indexUid = this.indexes.uid(indexName);
    const queries = poolQueries(indexUid, q, sharedSkills, filters, district, [...neighbours].sort(), weights);
    const response = await this.client.multiSearch<{ federation: { limit: number; offset: number }; queries: MultiSearchQueryWithFederation[] }, { id: string }>({
      federation: { limit: MATCH_POOL_SIZE, offset: 0 },
      queries,
    });
    return [...new Set(response.hits.map((hit: Hit<{ id: string }>) => hit.id))];
  }

  private async activeCandidatesByDistrict(): Promise<Map<string, number>> {
    const result = await this.client.index(this.indexes.uid(CANDIDATES_INDEX)).search('', {
      limit: 0,
      filter: ['status = ACTIVE', 'consentToMatching = true', `reconfirmDueAt > ${this.clock.now().getTime()}`],
      facets: ['districtCode'],
    });
    return new Map(Object.entries(result.facetDistribution?.districtCode ?? {}));
  }

  /** The languages open slots ask for, from the index itself (see slotFilters). */
  private async requiredLanguageCodes(): Promise<string[]> {
    const result = await this.client.index(this.indexes.uid(SLOTS_INDEX)).search('', { limit: 0, filter: `status = ${SlotStatus.OPEN}`, facets: ['languageCodes'] });
    return Object.keys(result.facetDistribution?.languageCodes ?? {});
  }

  private async neighboursOf(district: string): Promise<Set<string>> {
    return new Set((await this.territory.neighboursOfDistricts([district])).map((row) => row.neighbourCode));
  }

  private async skillMap(...lists: string[][]): Promise<Map<string, Skill>> {
    const ids = [...new Set(lists.flat())];
    return new Map((ids.length ? await this.skills.findByIds(ids) : []).map((skill) => [skill.id, skill]));
  }
}

function projection(candidate: Candidate, showComune: boolean): MatchedCandidate {
  return {
    id: candidate.id,
    publicCode: candidate.publicCode,
    districtCode: candidate.residenceDistrictCode,
    comuneCode: showComune ? candidate.residenceComuneCode : null,
    ageBand: candidate.ageBand,
    skillIds: candidate.skillIds,
    freeSkillLabels: candidate.freeSkillLabels,
    languages: candidate.languages.map(({ language, level }) => ({ language, level })),
    educationLevel: candidate.educationLevel,
    hoursPerWeek: candidate.hoursPerWeek,
    shifts: candidate.shifts,
    drivingLicence: candidate.drivingLicence,
    ownVehicle: candidate.ownVehicle,
    maxCommuteMinutes: candidate.maxCommuteMinutes,
    desiredSectors: candidate.desiredSectors,
    supportNeeds: candidate.supportNeeds,
  };
}

/** Highest score first; ties keep the engine's order (text relevance within the tier). */
function sortByScore<T extends { explanation: MatchExplanation }>(items: T[]): T[] {
  return items.map((item, index) => ({ item, index })).sort((a, b) => b.item.explanation.score - a.item.explanation.score || a.index - b.index).map(({ item }) => item);
}

function pageOf<T, N>(items: T[], offset: number, first: number, node: (item: T) => N): ConnectionShape<N> {
  const nodes = items.slice(offset, offset + first).map(node);
  const edges = nodes.map((n, index) => ({ node: n, cursor: encodeOffset(offset + index + 1) }));
  return { edges, nodes, totalCount: items.length, pageInfo: { hasNextPage: offset + first < items.length, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A cursor is the position after an item in the ranked pool. */
function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && 'o' in value && Number.isInteger(value.o) && (value.o as number) >= 0) return value.o as number;
  } catch {
    // fall through
  }
  throw new MatchingError(MatchingErrorCode.INVALID_CURSOR);
}


