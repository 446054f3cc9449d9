import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DataSource, EntityManager } from 'typeorm';
import { UsersService } from '@ipl/auth';
import { AppConfig } from '@ipl/config';
import { Clock } from '@ipl/core';
import { Mailer } from '@ipl/mail';
import { digestMail, immediateMail } from './notification-mails';
import { NotificationDelivery } from './notification-delivery.enum';
import { Notification } from './notification.entity';

/** A sweep handles at most this many pending immediate e-mails; the next sweep takes the rest. */
const SWEEP_BATCH = 200;

/**
 * Sends notification e-mails. Every send claims its rows first (`FOR UPDATE SKIP LOCKED`, then
 * `emailed_at` set in the same transaction), so two processes never send the same item twice;
 * a failed send rolls the claim back and a later sweep retries, so nothing is lost.
 */
@Injectable()
export class NotificationSender {
  private readonly logger = new Logger(NotificationSender.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The IMMEDIATE e-mails of these notifications, once their transaction has committed. */
  async sendImmediate(ids: readonly string[]): Promise<number> {
    let sent = 0;
    for (const id of ids) {
      try {
        if (await this.sendOneImmediate(id)) sent += 1;
      } catch (error: unknown) {
        // The change that caused it is committed already; the sweep retries the e-mail.
        this.logger.warn({ notificationId: id, error: error instanceof Error ? error.message : String(error) }, 'notification e-mail failed, will retry');
      }
    }
    return sent;
  }

  /** Retries IMMEDIATE e-mails left pending (a crash or an SMTP failure after commit). Also called by tests. */
  @Cron(CronExpression.EVERY_5_MINUTES, { name: 'notifications-immediate-sweep' })
  async sweepImmediate(): Promise<number> {
    const pending = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .select('n.id', 'id')
      .where('n.email_delivery = :immediate AND n.emailed_at IS NULL', { immediate: NotificationDelivery.IMMEDIATE })
      .orderBy('n.created_at', 'ASC')
      .limit(SWEEP_BATCH)
      .getRawMany<{ id: string }>();
    return this.sendImmediate(pending.map((row) => row.id));
  }

  /**
   * One digest e-mail per user with every DAILY_DIGEST item pending up to now (a missed run loses
   * nothing: its items go in the next digest). Returns users mailed and items sent.
   */
  async sendDigests(): Promise<{ users: number; items: number }> {
    const now = this.clock.now();
    const recipients = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .select('DISTINCT n.recipient_user_id', 'userId')
      .where('n.email_delivery = :digest AND n.emailed_at IS NULL AND n.created_at <= :now', { digest: NotificationDelivery.DAILY_DIGEST, now })
      .getRawMany<{ userId: string }>();
    let users = 0;
    let items = 0;
    for (const { userId } of recipients) {
      try {
        const count = await this.sendOneDigest(userId, now);
        if (count > 0) {
          users += 1;
          items += count;
        }
      } catch (error: unknown) {
        this.logger.warn({ userId, error: error instanceof Error ? error.message : String(error) }, 'digest e-mail failed, will retry');
      }
    }
    return { users, items };
  }

  private sendOneImmediate(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [notification] = await this.claim(manager, NotificationDelivery.IMMEDIATE).andWhere('n.id = :id', { id }).getMany();
      if (!notification) return false;
      const email = (await this.users.emailsOf([notification.recipientUserId])).get(notification.recipientUserId);
      // A disabled recipient gets no mail; the row is marked so that no sweep tries again.
      if (email) await this.mailer.send(immediateMail(email, notification, this.config.get('PUBLIC_URL')));
      await manager.update(Notification, { id }, { emailedAt: this.clock.now() });
      return email !== undefined;
    });
  }

  private sendOneDigest(userId: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const items = await this.claim(manager, NotificationDelivery.DAILY_DIGEST)
        .andWhere('n.recipient_user_id = :userId AND n.created_at <= :now', { userId, now })
        .orderBy('n.created_at', 'ASC')
        .addOrderBy('n.id', 'ASC')
        .getMany();
      if (items.length === 0) return 0;
      const email = (await this.users.emailsOf([userId])).get(userId);
      if (email) await this.mailer.send(digestMail(email, items, this.config.get('PUBLIC_URL')));
      await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ emailedAt: now })
        .whereInIds(items.map((item) => item.id))
        .execute();
      return email ? items.length : 0;
    });
  }

  /** Pending rows of one delivery, locked for this transaction; rows another process holds are skipped. */
  private claim(manager: EntityManager, delivery: NotificationDelivery) {
    return manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('n.email_delivery = :delivery AND n.emailed_at IS NULL', { delivery });
  }
}
