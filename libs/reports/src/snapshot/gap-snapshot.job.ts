import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { COMPLETE } from '@ipl/candidates';
import { Clock } from '@ipl/core';
import { previousPeriods, quarterOfDay } from '@ipl/needs';
import { romeDate } from '@ipl/slots';
import { insertSnapshot, liveCounts } from '../gaps.query';
import { ReportError, ReportErrorCode } from '../reports.errors';

const QUARTER = /^\d{4}-Q[1-4]$/;

/**
 * Open slots and supply are live figures: once a quarter is over nothing else remembers them.
 * The first run after a quarter ends (five past midnight in Bologna on its first day, or the
 * next run if the API was down) takes the quarter's snapshot; later runs find it and leave it.
 */
@Injectable()
export class GapSnapshotJob {
  private readonly logger = new Logger(GapSnapshotJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Also called by tests, with the clock they control. */
  @Cron('5 0 * * *', { name: 'gap-snapshot', timeZone: 'Europe/Rome' })
  async run(): Promise<{ period: string; taken: boolean }> {
    const [ended] = previousPeriods(quarterOfDay(romeDate(this.clock.now())), 1);
    const taken = await this.take(ended);
    if (taken) this.logger.log({ period: ended }, 'gap snapshot taken');
    return { period: ended, taken };
  }

  /** Takes the quarter's snapshot from the state now, unless one was taken; true when this call took it. */
  async take(quarter: string): Promise<boolean> {
    if (!QUARTER.test(quarter)) throw new ReportError(ReportErrorCode.INVALID_PERIOD);
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      return insertSnapshot(manager, quarter, now, await liveCounts(manager, { now, complete: COMPLETE }));
    });
  }
}
