import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { Clock } from '@ipl/core';
import { Notification } from './notification.entity';

const DAY_MS = 86_400_000;
/** A notification is news: after half a year what it pointed at has its own history. */
export const NOTIFICATIONS_KEPT_DAYS = 180;

@Injectable()
export class NotificationsRetentionJob {
  private readonly logger = new Logger(NotificationsRetentionJob.name);

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly clock: Clock,
  ) {}

  /** Also called by tests, with the clock they control. */
  @Cron('55 3 * * *', { name: 'notifications.retention', timeZone: 'Europe/Rome' })
  async run(): Promise<number> {
    const { affected } = await this.notifications.delete({ createdAt: LessThan(new Date(this.clock.now().getTime() - NOTIFICATIONS_KEPT_DAYS * DAY_MS)) });
    this.logger.log({ count: affected ?? 0 }, 'old notifications deleted');
    return affected ?? 0;
  }
}
