import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { Clock } from '@ipl/core';
import { MailMessage } from './mail-message.entity';

const DAY_MS = 86_400_000;
/**
 * How long the copy of a sent e-mail is kept: long enough to answer "did the reminder go out?"
 * for a quarter, and no longer, as copies hold addresses and one-time links.
 */
export const MAIL_KEPT_DAYS = 90;

@Injectable()
export class MailRetentionJob {
  private readonly logger = new Logger(MailRetentionJob.name);

  constructor(
    @InjectRepository(MailMessage) private readonly messages: Repository<MailMessage>,
    private readonly clock: Clock,
  ) {}

  /** Also called by tests, with the clock they control. */
  @Cron('50 3 * * *', { name: 'mail.retention', timeZone: 'Europe/Rome' })
  async run(): Promise<number> {
    const { affected } = await this.messages.delete({ createdAt: LessThan(new Date(this.clock.now().getTime() - MAIL_KEPT_DAYS * DAY_MS)) });
    this.logger.log({ count: affected ?? 0 }, 'old copies of sent mail deleted');
    return affected ?? 0;
  }
}
