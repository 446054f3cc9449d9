import type { LocalisedMessage } from '@ipl/core';
import { NotificationKind } from './notification-kind.enum';
import { NotificationError, NotificationErrorCode } from './notifications.errors';

/**
 * What a library hands to NotificationsService.notify().
 *
 * `title` is built by the caller from codes and public codes only (a proposal's state, a slot's
 * public code, a reason code's label), never from profile free text or notes: notifications and
 * e-mails leave the platform's access rules. What can be enforced here is: each title 1–200
 * characters on one line (no control characters, so no header or line injection into e-mails),
 * `link` a path inside the portal, `subjectType` a lower-case code.
 */
export interface NewNotification {
  recipientUserIds: string[];
  kind: NotificationKind;
  /** A lower-case code such as `proposal` or `slot`. */
  subjectType: string;
  subjectId: string;
  title: LocalisedMessage;
  /** A path of the portal starting with `/`, e.g. `/proposals/<id>`; e-mails prefix PUBLIC_URL. */
  link?: string;
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_RECIPIENTS = 100;

// Any C0/C1 control character or Unicode line/paragraph separator: none belongs in a one-line title.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const SUBJECT_TYPE = /^[a-z][a-z0-9_]{0,39}$/;
const SUBJECT_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const LINK = /^\/[A-Za-z0-9\-._~/?=&%#]{0,299}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalid(field: string): never {
  throw new NotificationError(NotificationErrorCode.INVALID_NOTIFICATION, { field });
}

function checkTitle(field: string, text: unknown): string {
  if (typeof text !== 'string') invalid(field);
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH || CONTROL.test(trimmed)) invalid(field);
  return trimmed;
}

/** The notification as it will be stored, or a NotificationError naming the first bad field. */
export function checkNotification(notification: NewNotification): NewNotification {
  if (!Object.values(NotificationKind).includes(notification.kind)) invalid('kind');
  if (!SUBJECT_TYPE.test(notification.subjectType)) invalid('subjectType');
  if (!SUBJECT_ID.test(notification.subjectId)) invalid('subjectId');
  if (notification.link !== undefined && notification.link !== null && (!LINK.test(notification.link) || notification.link.startsWith('//'))) invalid('link');
  const recipientUserIds = [...new Set(notification.recipientUserIds)];
  if (recipientUserIds.length > MAX_RECIPIENTS || !recipientUserIds.every((id) => UUID.test(id))) invalid('recipientUserIds');
  return {
    ...notification,
    recipientUserIds,
    title: { it: checkTitle('title.it', notification.title?.it), en: checkTitle('title.en', notification.title?.en) },
  };
}
