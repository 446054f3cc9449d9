import { Injectable } from '@nestjs/common';
import { Scope, type AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { CompanyStanding, CompanyStandingError, CompanyStandingErrorCode } from '@ipl/board';
import { CandidatesService } from '@ipl/candidates';
import { Clock, type ConnectionShape } from '@ipl/core';
import {
  candidateFilters,
  candidatePoolLevels,
  DISTRICT_TIER_WEIGHTS,
  districtRelation,
  explain,
  isMatchable,
  MatchIndexQueries,
  MatchIndexRecheck,
  matchScore,
  skillsFit,
  slotFilters,
  slotPoolLevels,
  SkillVocabulary,
  type DistrictTierWeights,
  type MatchableCandidate,
} from '@ipl/match-index';
import { ProposalsService } from '@ipl/proposals';
import { SKILLS_VOCABULARY, SkillsService } from '@ipl/skills';
import { romeDate, SlotError, SlotErrorCode, SlotsService, SlotStatus, type Slot } from '@ipl/slots';
import { TerritoryService } from '@ipl/territory';
import { comuneShown } from './comune-disclosure';
import { CandidateMatch, MatchedCandidate, SlotMatch } from './match.types';
import { MatchingError, MatchingErrorCode } from './matching.errors';

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
 * hard constraints as filters and hands over a pool ordered by place and by level of skills
 * fit (synonyms included), one federated multi-search, scored by the documented formula of
 * match-weights.ts; PostgreSQL (the source of truth) rechecks what is shown. A match costs two
 * SQL statements whatever the page: what the request names (slot or profile, with proposals and
 * standing), then the page (e2e/matching counts them).
 */
@Injectable()
export class MatchingService {
  private readonly neighbours = new Map<string, Promise<Set<string>>>();
  private readonly vocabularies = new Map<string, Promise<SkillVocabulary>>();

  constructor(
    private readonly index: MatchIndexQueries,
    private readonly recheck: MatchIndexRecheck,
    private readonly slots: SlotsService,
    private readonly candidates: CandidatesService,
    private readonly skills: SkillsService,
    private readonly territory: TerritoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly proposals: ProposalsService,
    private readonly standing: CompanyStanding,
  ) {}

  /**
   * For HR of the slot's company, on an OPEN slot, while the company may act on candidates
   * (Albo or board, asked at every match): every candidate shown is audited as read.
   */
  async matchCandidates(slotId: string, page: PageArgs, user: AuthUser, options: MatchOptions = {}): Promise<ConnectionShape<CandidateMatch>> {
    const offset = decodeOffset(page.after);
    const weights = options.weights ?? DISTRICT_TIER_WEIGHTS;
    // The first statement: the slot, the candidates already proposed to it and its company's standing.
    const [{ slot, values }, vocabulary] = await Promise.all([
      this.slots.getWith(slotId, user, {
        proposed: this.proposals.proposedCandidateIdsSql('slot.id'),
        mayAct: this.standing.mayActOnCandidatesSql('slot.company_id'),
      }),
      this.vocabulary(),
    ]);
    Scope.of(user).assertCompany(slot.companyId, () => new SlotError(SlotErrorCode.SLOT_NOT_FOUND));
    if (slot.status !== SlotStatus.OPEN) throw new MatchingError(MatchingErrorCode.SLOT_NOT_MATCHABLE, { status: slot.status });
    if (values.mayAct !== true) throw new CompanyStandingError(CompanyStandingErrorCode.COMPANY_NOT_ACTIVE_IN_ALBO);
    const proposed = values.proposed as string[];
    const neighbours = await this.neighboursOf(slot.districtCode);
    const [pool, matchableByComune] = await Promise.all([
      this.index.candidatePool(candidatePoolLevels(slot, vocabulary), candidateFilters(slot, proposed), slot.districtCode, neighbours, weights),
      this.index.matchableByComune(),
    ]);
    // Ranked by what the index holds; the page's recheck below drops a profile it holds stale.
    const ranked = sortByScore(
      pool.map((candidate) => ({
        id: candidate.id,
        score: matchScore(skillsFit(slot, candidate, vocabulary).fit, districtRelation(slot.districtCode, candidate.residenceDistrictCode, neighbours), weights),
      })),
      (item) => item.score,
    ).map((item) => item.id);
    // The second statement: the page's recheck, its profiles and the audit of each read.
    const profiles = await this.recheck.candidatePage(ranked.slice(offset), page.first, (source) =>
      this.audit.recordEachSql({ actor: user, action: 'candidate.read', subjectType: 'candidate', details: { via: 'matchCandidates', slotId } }, source, 'id'),
    );
    const position = new Map(ranked.map((id, index) => [id, index]));
    return rankedPage(
      profiles.map((candidate) => ({
        position: position.get(candidate.id) ?? offset,
        node: {
          candidate: projection(candidate, comuneShown(matchableByComune, candidate.residenceComuneCode)),
          explanation: explain(slot, candidate, districtRelation(slot.districtCode, candidate.residenceDistrictCode, neighbours), vocabulary, weights),
        },
      })),
      offset,
      page.first,
      ranked.length,
    );
  }

  /** For operators of the candidate's organisation. */
  async matchSlots(candidateId: string, page: PageArgs, user: AuthUser, options: MatchOptions = {}): Promise<ConnectionShape<SlotMatch>> {
    const offset = decodeOffset(page.after);
    const weights = options.weights ?? DISTRICT_TIER_WEIGHTS;
    // The first statement: the person's profile, audited as read, with the slots already proposed.
    const [{ candidate, values }, requiredLanguages, vocabulary] = await Promise.all([
      this.candidates.getWith(candidateId, user, { proposed: this.proposals.proposedSlotIdsSql('candidate.id') }),
      this.index.requiredLanguageCodes(),
      this.vocabulary(),
    ]);
    const proposed = values.proposed as string[];
    if (!isMatchable(this.candidates.statusOf(candidate), candidate)) throw new MatchingError(MatchingErrorCode.CANDIDATE_NOT_MATCHABLE);
    const district = candidate.residenceDistrictCode;
    const neighbours = await this.neighboursOf(district);
    const hits = await this.index.slotPool(slotPoolLevels(candidate, vocabulary), slotFilters(candidate, romeDate(this.clock.now()), requiredLanguages, proposed), district, neighbours, weights);
    // The second statement. A company that lost its standing is left out before the nightly review pauses its slots: it would refuse the proposal.
    const open = new Map((await this.recheck.openSlots(hits, (companyId) => this.standing.mayActOnCandidatesSql(companyId))).map((slot) => [slot.id, slot]));
    const pool = hits.map((id) => open.get(id)).filter((slot): slot is Slot => Boolean(slot));
    // `neighbours` are the person's district's: the slot's district is looked up in them (the relation is symmetric).
    const scored = pool.map((slot) => ({
      slot,
      explanation: explain(slot, candidate, districtRelation(district, slot.districtCode, neighbours), vocabulary, weights),
    }));
    return pageOf(sortByScore(scored, (item) => item.explanation.score), offset, page.first, (item) => item);
  }

  /**
   * The territory and the skills vocabulary are reference data, written only by migrations
   * (which restart the processes): read once per process, they cost a match no query. A failed
   * read is forgotten, so the next match tries again.
   */
  private neighboursOf(district: string): Promise<Set<string>> {
    return this.remember(this.neighbours, district, async () => new Set((await this.territory.neighboursOfDistricts([district])).map((row) => row.neighbourCode)));
  }

  private vocabulary(): Promise<SkillVocabulary> {
    return this.remember(this.vocabularies, 'shipped', async () => {
      const ids = SKILLS_VOCABULARY.groups.flatMap((group) => group.skills.map((skill) => skill.id));
      return new SkillVocabulary(await this.skills.findByIds(ids), (label) => this.skills.normaliseFreeLabel(label));
    });
  }

  private remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const cached = cache.get(key);
    if (cached) return cached;
    const loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
    return loading;
  }
}

function projection(candidate: MatchableCandidate, showComune: boolean): MatchedCandidate {
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
function sortByScore<T>(items: T[], scoreOf: (item: T) => number): T[] {
  return items.map((item, index) => ({ item, index, score: scoreOf(item) })).sort((a, b) => b.score - a.score || a.index - b.index).map(({ item }) => item);
}

/**
 * A page of a pool whose items may have been skipped by the page's recheck: each cursor is the
 * position after its item in the pool, so the next page starts after the last one shown.
 */
function rankedPage<N>(rows: { position: number; node: N }[], offset: number, first: number, total: number): ConnectionShape<N> {
  const edges = rows.map((row) => ({ node: row.node, cursor: encodeOffset(row.position + 1) }));
  // A short page means the recheck ran out of the pool.
  const end = first === 0 ? offset : rows.length === first ? rows[rows.length - 1].position + 1 : Math.max(offset, total);
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount: total,
    pageInfo: { hasNextPage: end < total, endCursor: end > offset ? encodeOffset(end) : null },
  };
}

function pageOf<T, N>(items: T[], offset: number, first: number, node: (item: T) => N | null): ConnectionShape<N> {
  const edges = items.slice(offset, offset + first).flatMap((item, index) => {
    const shown = node(item);
    return shown === null ? [] : [{ node: shown, cursor: encodeOffset(offset + index + 1) }];
  });
  const end = Math.min(offset + first, items.length);
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount: items.length,
    pageInfo: { hasNextPage: end < items.length, endCursor: end > offset ? encodeOffset(end) : null },
  };
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


