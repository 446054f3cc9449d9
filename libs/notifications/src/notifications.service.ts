import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Clock, paginate, type ConnectionShape } from '@ipl/core';
import { AfterCommitDispatcher } from './after-commit-dispatcher';
import { checkNotification, type NewNotification } from './new-notification';
import { defaultDelivery, NotificationDelivery } from './notification-delivery.enum';
import { NotificationKind } from './notification-kind.enum';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';

const REDACTED = '[cancellato / erased]';

export interface NotificationListArgs {
  unreadOnly?: boolean | null;
  first: number;
  after?: string | null;
}

/**
 * In-app notifications and their e-mail. Every method takes the user id from the caller's
 * token: a user only ever reads or changes their own notifications and preferences.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(NotificationPreference) private readonly preferences: Repository<NotificationPreference>,
    private readonly dispatcher: AfterCommitDispatcher,
    private readonly clock: Clock,
  ) {}

  /**
   * Replaces every occurrence of these terms (an erased profile's public code) in notification
   * titles, in the erasure's transaction: a notification outlives the profile it was about.
   */
  async redact(manager: EntityManager, terms: readonly string[]): Promise<void> {
    for (const term of terms) {
      await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ titleIt: () => 'replace(title_it, :term, :redacted)', titleEn: () => 'replace(title_en, :term, :redacted)' })
        .where('strpos(title_it, :term) > 0 OR strpos(title_en, :term) > 0')
        .setParameters({ term, redacted: REDACTED })
        .execute();
    }
  }

  /**
   * Writes one in-app notification per recipient in the caller's transaction (`manager`), and
   * per each recipient's preference for the kind: IMMEDIATE sends its e-mail after that
   * transaction commits (never for a rolled-back one); DAILY_DIGEST leaves it for the next
   * digest; OFF sends no e-mail. Throws INVALID_NOTIFICATION for a title that is empty, longer
   * than 200 characters or not on one line, a link outside the portal, or more than 100 recipients.
   */
  async notify(manager: EntityManager, notification: NewNotification): Promise<void> {
    const checked = checkNotification(notification);
    if (checked.recipientUserIds.length === 0) return;
    const chosen = await manager.find(NotificationPreference, { where: { userId: In(checked.recipientUserIds), kind: checked.kind } });
    const deliveryOf = new Map(chosen.map((preference) => [preference.userId, preference.delivery]));
    const createdAt = this.clock.now();
    const rows = checked.recipientUserIds.map((recipientUserId) => ({
      recipientUserId,
      kind: checked.kind,
      subjectType: checked.subjectType,
      subjectId: checked.subjectId,
      titleIt: checked.title.it,
      titleEn: checked.title.en,
      link: checked.link ?? null,
      emailDelivery: deliveryOf.get(recipientUserId) ?? defaultDelivery(checked.kind),
      emailedAt: null,
      readAt: null,
      createdAt,
    }));
    const result = await manager.insert(Notification, rows);
    const immediate = result.identifiers
      .map((identifier, index) => ({ id: String(identifier.id), delivery: rows[index].emailDelivery }))
      .filter((row) => row.delivery === NotificationDelivery.IMMEDIATE)
      .map((row) => row.id);
    if (immediate.length > 0) await this.dispatcher.sendAfterCommit(manager, immediate);
  }

  /** The user's notifications, newest first. */
  list(userId: string, args: NotificationListArgs): Promise<ConnectionShape<Notification>> {
    const query = this.notifications.createQueryBuilder('n').where('n.recipient_user_id = :userId', { userId });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(query, args, { sortColumn: 'n.created_at', idColumn: 'n.id'});
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.createQueryBuilder('n').where('n.recipient_user_id = :userId AND n.read_at IS NULL', { userId }).getCount();
  }

  /** Marks these (or, without ids, all) of the user's unread notifications read; others' ids are ignored. Returns how many changed. */
  async markRead(userId: string, ids?: readonly string[] | null): Promise<number> {
    if (ids && ids.length === 0) return 0;
    const update = this.notifications
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: this.clock.now() })
      .where('recipient_user_id = :userId AND read_at IS NULL', { userId });
    if (ids) update.andWhere('id IN (:...ids)', { ids: [...new Set(ids)] });
    const result = await update.execute();
    return result.affected ?? 0;
  }

  /** One entry per kind, the default filled in where the user never chose. */
  async preferencesOf(userId: string): Promise<NotificationPreference[]> {
    const chosen = new Map((await this.preferences.findBy({ userId })).map((preference) => [preference.kind, preference]));
    return Object.values(NotificationKind).map((kind) => {
      const preference = chosen.get(kind);
      if (preference) return Object.assign(preference, { isDefault: false });
      return Object.assign(new NotificationPreference(), { userId, kind, delivery: defaultDelivery(kind), isDefault: true });
    });
  }

  /** Applies to notifications written from now on; one already pending keeps the delivery it was written with. */
  async setPreference(userId: string, kind: NotificationKind, delivery: NotificationDelivery): Promise<NotificationPreference> {
    await this.preferences.upsert({ userId, kind, delivery }, { conflictPaths: ['userId', 'kind'] });
    const saved = await this.preferences.findOneByOrFail({ userId, kind });
    return Object.assign(saved, { isDefault: false });
  }
}
