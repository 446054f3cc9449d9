import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { NotificationSender } from './notification-sender';

/**
 * Every morning, one e-mail per user with the DAILY_DIGEST notifications written since the last
 * digest. Safe with several API processes running it at once: each item is claimed before it
 * is sent (see NotificationSender), so it goes out once.
 */
@Injectable()
export class NotificationsDigestJob {
  private readonly logger = new Logger(NotificationsDigestJob.name);

  constructor(private readonly sender: NotificationSender) {}

  /** Also called by tests, with the clock they control. */
  @Cron('0 7 * * *', { name: 'notifications-digest', timeZone: 'Europe/Rome' })
  async run(): Promise<{ users: number; items: number }> {
    const result = await this.sender.sendDigests();
    this.logger.log(result, 'notifications digest job');
    return result;
  }
}
