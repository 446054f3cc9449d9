import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum NotificationErrorCode {
  /** A caller built a notification that could carry free text or break an e-mail header: a bug, refused. */
  INVALID_NOTIFICATION = 'INVALID_NOTIFICATION',
}

export const NotificationError = defineDomainErrors<NotificationErrorCode>({
  INVALID_NOTIFICATION: {
    code: GraphqlErrorCode.INTERNAL_SERVER_ERROR,
    it: 'Notifica non valida: {field}',
    en: 'Invalid notification: {field}',
  },
});
