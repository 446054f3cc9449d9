import { registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from './notification-kind.enum';

/** How a user wants the e-mail of one kind of notification; the in-app list shows every kind regardless. */
export enum NotificationDelivery {
  /** One e-mail per notification, right after the change that caused it is committed. */
  IMMEDIATE = 'IMMEDIATE',
  /** Collected into one e-mail a day (see NotificationsDigestJob). */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** No e-mail; the notification still appears in the in-app list. */
  OFF = 'OFF',
}

registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'How the e-mail of a kind of notification is sent. OFF stops e-mail only: the in-app list always shows every notification.',
});

/** Kinds that need someone to act today: a path at risk, a contact just disclosed. */
const URGENT_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.CHECK_IN_AT_RISK, NotificationKind.CONTACT_DISCLOSED]);

/** The delivery of a kind for a user who never chose: urgent kinds at once, the rest in the daily digest. */
export function defaultDelivery(kind: NotificationKind): NotificationDelivery {
  return URGENT_KINDS.has(kind) ? NotificationDelivery.IMMEDIATE : NotificationDelivery.DAILY_DIGEST;
}
