import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { SlotStandingService } from '@ipl/slots';
import { CompanyStandingListener } from './company-standing.listener';

/**
 * Standing also ends with no one acting: a board seat's last day passes, a logo's term ends
 * (the Albo's own lapse job, at 03:15, records it and its hook pauses the slots). This nightly
 * review, after the Albo's job, pauses the open slots of every company that may no longer act.
 */
@Injectable()
export class CompanyStandingJob {
  private readonly logger = new Logger(CompanyStandingJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly slotStanding: SlotStandingService,
    private readonly listener: CompanyStandingListener,
  ) {}

  /** Also called by tests. Each company in its own transaction, so one failure does not undo the others. */
  @Cron('45 3 * * *', { name: 'company-standing-review', timeZone: 'Europe/Rome' })
  async run(): Promise<{ paused: number }> {
    let paused = 0;
    for (const companyId of await this.slotStanding.companiesWithRunningSlots(this.dataSource.manager)) {
      if (await this.dataSource.transaction((manager) => this.listener.pauseIfNotActive(companyId, manager))) paused += 1;
    }
    this.logger.log({ paused }, 'company standing review');
    return { paused };
  }
}
