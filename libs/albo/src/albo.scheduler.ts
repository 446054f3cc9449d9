import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { AlboService } from './albo.service';

/** The Albo's daily job: renewal reminders before expiry, and lapses of unrenewed logos. */
@Injectable()
export class AlboScheduler {
  private readonly logger = new Logger(AlboScheduler.name);

  constructor(private readonly albo: AlboService) {}

  /** Also called by tests, with the clock they control. */
  @Cron('15 3 * * *', { name: 'albo-daily', timeZone: 'Europe/Rome' })
  async runDaily(): Promise<{ reminded: number; lapsed: number }> {
    const reminded = await this.albo.remindExpiring();
    const lapsed = await this.albo.lapseExpired();
    this.logger.log({ reminded, lapsed }, 'albo daily job');
    return { reminded, lapsed };
  }
}
