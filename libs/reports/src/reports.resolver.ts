import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { previousPeriods } from '@ipl/needs';
import { GapReport, GapsArgs } from './dto/gaps.type';
import { OutcomeReport, OutcomeReportArgs } from './dto/outcome-report.type';
import { gapsToCsv } from './gaps-csv';
import { GAP_HISTORY_PERIODS, GapsService } from './gaps.service';
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
  @Query(() => GapReport, { description: 'Demand (needs + open slots) against supply (active profiles) by skill, biggest gaps first, with the movement over earlier periods; supply under 5 people is suppressed.' })
  gaps(@Args() args: GapsArgs, @CurrentUser() user: AuthUser): Promise<GapReport> {
    return this.gapsService.gaps(args, user);
  }

  @Roles(Role.BOARD_MEMBER, Role.DISTRICT_COORDINATOR, Role.ADMIN)
  @Query(() => String, { description: 'The gaps report as CSV, with the same scope and suppression (suppressed counts as *, figures without a snapshot empty).' })
  async gapsCsv(@Args() args: GapsArgs, @CurrentUser() user: AuthUser): Promise<string> {
    return gapsToCsv(await this.gapsService.gaps(args, user), previousPeriods(args.period, GAP_HISTORY_PERIODS));
  }
}
