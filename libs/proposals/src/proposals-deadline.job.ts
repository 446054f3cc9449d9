import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { ProposalDeadlinesService } from './proposal-deadlines.service';
import { ProposalTransaction } from './proposal-transaction.service';

/**
 * Never left unanswered: a proposal or request with no answer is reminded to both sides after
 * PROPOSAL_REMINDER_DAYS and closes as EXPIRED after PROPOSAL_EXPIRY_DAYS. Old idempotency keys
 * are forgotten in the same nightly pass.
 */
@Injectable()
export class ProposalsDeadlineJob {
  private readonly logger = new Logger(ProposalsDeadlineJob.name);

  constructor(
    private readonly deadlines: ProposalDeadlinesService,
    private readonly tx: ProposalTransaction,
  ) {}

  /** Also called by tests, with the clock they control. Expiring first: an expired proposal needs no reminder. */
  @Cron('15 4 * * *', { name: 'proposals-deadlines', timeZone: 'Europe/Rome' })
  async run(): Promise<{ reminded: number; expired: number; keysPurged: number }> {
    const expired = await this.deadlines.expireUnanswered();
    const reminded = await this.deadlines.remindUnanswered();
    const keysPurged = await this.tx.purgeIdempotencyKeys();
    this.logger.log({ reminded, expired, keysPurged }, 'proposal deadlines job');
    return { reminded, expired, keysPurged };
  }
}
