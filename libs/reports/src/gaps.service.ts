import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Role, Scope } from '@ipl/access';
import { BoardService } from '@ipl/board';
import { COMPLETE } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { parsePeriod, previousPeriods } from '@ipl/needs';
import { TerritoryService } from '@ipl/territory';
import { GapReport, GapsArgs } from './dto/gaps.type';
import { gapCounts, needsHistory } from './gaps.query';
import { ReportError, ReportErrorCode } from './reports.errors';

/** How many earlier periods the movement shows. */
export const GAP_HISTORY_PERIODS = 3;

/** Gaps for the board (every district) and coordinators (their own district, whatever they ask). */
@Injectable()
export class GapsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly board: BoardService,
    private readonly territory: TerritoryService,
    private readonly clock: Clock,
  ) {}

  async gaps(args: GapsArgs, user: AuthUser): Promise<GapReport> {
    await this.board.assertMemberOnBoard(user);
    if (!parsePeriod(args.period)) throw new ReportError(ReportErrorCode.INVALID_PERIOD);
    const districtCode = user.role === Role.DISTRICT_COORDINATOR ? Scope.of(user).districtCode() : (args.districtCode ?? null);
    if (districtCode && !(await this.territory.findDistrict(districtCode))) throw new ReportError(ReportErrorCode.UNKNOWN_DISTRICT, { district: districtCode });
    const groupCode = args.skillGroupCode ?? null;
    const manager = this.dataSource.manager;
    const earlier = previousPeriods(args.period, GAP_HISTORY_PERIODS);
    const [rows, history] = await Promise.all([
      gapCounts(manager, { period: args.period, districtCode, groupCode, now: this.clock.now(), complete: COMPLETE }),
      needsHistory(manager, earlier, districtCode, groupCode),
    ]);
    const gaps = rows
      .map((row) => ({
        skillId: row.skillId,
        label: row.label,
        skillGroupCode: row.groupCode,
        needsHeadCount: row.needs,
        openSlotOpenings: row.openings,
        demand: row.needs + row.openings,
        supply: row.supply,
        gap: row.needs + row.openings - row.supply,
        previous: earlier.map((period) => ({
          period,
          needsHeadCount: history.find((point) => point.skillId === row.skillId && point.period === period)?.needs ?? 0,
        })),
      }))
      .sort((a, b) => b.gap - a.gap || a.skillId.localeCompare(b.skillId));
    return { period: args.period, districtCode, skillGroupCode: groupCode, gaps };
  }
}
