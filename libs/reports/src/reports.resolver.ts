import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { GapReport, GapsArgs } from './dto/gaps.type';
import { OutcomeReport, OutcomeReportArgs } from './dto/outcome-report.type';
import { GapsService } from './gaps.service';
import { OutcomeReportService } from './outcome-report.service';
import { tablesToCsv } from './report-csv';

/** Aggregates only: no operation here returns a row about one person. */
@Resolver()
export class ReportsResolver {
  constructor(
    private readonly outcomes: OutcomeReportService,
    private readonly gapsService: GapsService,
  ) {}

  @Roles(Role.ADMIN, Role.DISTRICT_COORDINATOR)
  @Query(() => OutcomeReport, { description: 'Paths by district, channel and kind for a period; coordinators see their own district.' })
  outcomeReport(@Args() args: OutcomeReportArgs, @CurrentUser() user: AuthUser): Promise<OutcomeReport> {
    return this.outcomes.report(args.period, user);
  }

  @Roles(Role.ADMIN, Role.DISTRICT_COORDINATOR)
  @Query(() => String, { description: 'The outcome report as CSV (suppressed counts as *), with the same scope and suppression.' })
  async outcomeReportCsv(@Args() args: OutcomeReportArgs, @CurrentUser() user: AuthUser): Promise<string> {
    return tablesToCsv((await this.outcomes.report(args.period, user)).tables);
  }

  @Roles(Role.BOARD_MEMBER, Role.DISTRICT_COORDINATOR, Role.ADMIN)
  @Query(() => GapReport, { description: 'Demand (needs + open slots) against supply (active profiles) by skill, biggest gaps first.' })
  gaps(@Args() args: GapsArgs, @CurrentUser() user: AuthUser): Promise<GapReport> {
    return this.gapsService.gaps(args, user);
  }

  @Roles(Role.BOARD_MEMBER, Role.DISTRICT_COORDINATOR, Role.ADMIN)
  @Query(() => String, { description: 'The gaps report as CSV.' })
  async gapsCsv(@Args() args: GapsArgs, @CurrentUser() user: AuthUser): Promise<string> {
    const report = await this.gapsService.gaps(args, user);
    const header = ['skill_id', 'skill_group', 'needs_head_count', 'open_slot_openings', 'demand', 'supply', 'gap', ...report.gaps[0]?.previous.map((p) => `needs_${p.period}`) ?? []];
    const lines = report.gaps.map((g) => [g.skillId, g.skillGroupCode, g.needsHeadCount, g.openSlotOpenings, g.demand, g.supply, g.gap, ...g.previous.map((p) => p.needsHeadCount)]);
    return [header, ...lines].map((line) => line.join(',')).join('\n').concat('\n');
  }
}
