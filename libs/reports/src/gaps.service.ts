import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Role, Scope } from '@ipl/access';
import { BoardService } from '@ipl/board';
import { COMPLETE } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { lastQuarterOf, parsePeriod, previousPeriods } from '@ipl/needs';
import { TerritoryService } from '@ipl/territory';
import { GapHistoryPoint, GapReport, GapsArgs, SkillGap } from './dto/gaps.type';
import { liveCounts, needsCounts, skillRows, snapshotCounts, type DistrictSkillCount, type NeedsCount } from './gaps.query';
import { PublishedSupply } from './published-supply';
import type { ReleasedSupply } from './release/gap-supply-release.entity';
import { SupplyReleases } from './release/supply-releases';
import { ReportError, ReportErrorCode } from './reports.errors';

/** How many earlier periods the movement shows. */
export const GAP_HISTORY_PERIODS = 3;

/**
 * Gaps for the board (every district) and coordinators (their own district, whatever they ask).
 * Supply counts people, so it is suppressed under 5 for every caller, admins included: the
 * policy suppresses small cells in every published report (DESIGN.md, outcome report), and the
 * gaps are a published report. Demand is what companies ask for and is shown as it is.
 */
@Injectable()
export class GapsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly board: BoardService,
    private readonly territory: TerritoryService,
    private readonly clock: Clock,
    private readonly supplyReleases: SupplyReleases,
  ) {}

  async gaps(args: GapsArgs, user: AuthUser): Promise<GapReport> {
    await this.board.assertMemberOnBoard(user);
    if (!parsePeriod(args.period)) throw new ReportError(ReportErrorCode.INVALID_PERIOD);
    const districtCode = user.role === Role.DISTRICT_COORDINATOR ? Scope.of(user).districtCode() : (args.districtCode ?? null);
    const districts = (await this.territory.listDistricts()).map((district) => district.code).sort();
    if (districtCode && !districts.includes(districtCode)) throw new ReportError(ReportErrorCode.UNKNOWN_DISTRICT, { district: districtCode });
    const groupCode = args.skillGroupCode ?? null;
    const earlier = previousPeriods(args.period, GAP_HISTORY_PERIODS);
    const manager = this.dataSource.manager;
    const [skills, live, released, needs, snapshots] = await Promise.all([
      skillRows(manager, groupCode),
      liveCounts(manager, { now: this.clock.now(), complete: COMPLETE }),
      this.supplyReleases.of(districts),
      needsCounts(manager, [args.period, ...earlier]),
      snapshotCounts(manager),
    ]);
    const quarters = [...snapshots.keys()];
    const [now, ...past] = PublishedSupply.jointly([withReleasedSupply(live, released), ...quarters.map((quarter) => snapshots.get(quarter) as DistrictSkillCount[])], districts);
    const then = new Map(quarters.map((quarter, i) => [quarter, past[i]]));
    const needsOf = needsInScope(needs, districtCode);

    const gaps: SkillGap[] = skills
      .filter((skill) => needsOf(args.period, skill.id) > 0 || now.has(skill.id, districtCode))
      .map((skill) => {
        const needsHeadCount = needsOf(args.period, skill.id);
        const openSlotOpenings = now.openings(skill.id, districtCode);
        const supply = now.supply(skill.id, districtCode);
        const demand = needsHeadCount + openSlotOpenings;
        const previous = earlier.map((period): GapHistoryPoint => {
          const past = then.get(lastQuarterOf(period) ?? period);
          const pastNeeds = needsOf(period, skill.id);
          if (!past) return { period, needsHeadCount: pastNeeds, openSlotOpenings: null, demand: null, supply: null, gap: null };
          const pastOpenings = past.openings(skill.id, districtCode);
          const pastSupply = past.supply(skill.id, districtCode);
          const pastDemand = pastNeeds + pastOpenings;
          return { period, needsHeadCount: pastNeeds, openSlotOpenings: pastOpenings, demand: pastDemand, supply: pastSupply, gap: pastSupply === null ? null : pastDemand - pastSupply };
        });
        return { skillId: skill.id, label: skill.label, skillGroupCode: skill.groupCode, needsHeadCount, openSlotOpenings, demand, supply, gap: supply === null ? null : demand - supply, previous };
      })
      // Ranked on published figures only, so the order tells nothing a suppressed supply hides.
      .sort((a, b) => rankOf(b) - rankOf(a) || a.skillId.localeCompare(b.skillId));
    return { period: args.period, districtCode, skillGroupCode: groupCode, gaps };
  }
}

/** Openings as they are now, supply as released (see SupplyReleases). */
function withReleasedSupply(live: DistrictSkillCount[], released: Map<string, ReleasedSupply[]>): DistrictSkillCount[] {
  const counts = new Map<string, DistrictSkillCount>();
  for (const count of live) if (count.openings > 0) counts.set(`${count.districtCode}|${count.skillId}`, { ...count, supply: 0 });
  for (const [districtCode, supply] of released) {
    for (const { skillId, supply: people } of supply) {
      const key = `${districtCode}|${skillId}`;
      counts.set(key, { districtCode, skillId, openings: counts.get(key)?.openings ?? 0, supply: people });
    }
  }
  return [...counts.values()];
}

/** A suppressed gap ranks by its demand: supply is never negative, so that is the most it can be. */
function rankOf(gap: SkillGap): number {
  return gap.gap ?? gap.demand;
}

function needsInScope(rows: NeedsCount[], districtCode: string | null): (period: string, skillId: string) => number {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (districtCode && row.districtCode !== districtCode) continue;
    const key = `${row.period}|${row.skillId}`;
    totals.set(key, (totals.get(key) ?? 0) + row.needs);
  }
  return (period, skillId) => totals.get(`${period}|${skillId}`) ?? 0;
}
