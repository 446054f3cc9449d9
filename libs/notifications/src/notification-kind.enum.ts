import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about; each user chooses per kind how it reaches them by e-mail. */
export enum NotificationKind {
  /** A proposal or request arrived for the recipient's side. */
  PROPOSAL_RECEIVED = 'PROPOSAL_RECEIVED',
  /** The other side accepted or declined. */
  PROPOSAL_ANSWERED = 'PROPOSAL_ANSWERED',
  /** A proposal still waits for an answer (reminder before expiry). */
  PROPOSAL_REMINDER = 'PROPOSAL_REMINDER',
  PROPOSAL_EXPIRED = 'PROPOSAL_EXPIRED',
  /** A tirocinio or job-approach path started. */
  PATH_STARTED = 'PATH_STARTED',
  /** A check-in said "at risk": the other side should act at once. */
  CHECK_IN_AT_RISK = 'CHECK_IN_AT_RISK',
  PATH_ENDED = 'PATH_ENDED',
  /** The operator's work contact was disclosed to HR (after the person's consent). */
  CONTACT_DISCLOSED = 'CONTACT_DISCLOSED',
  ALBO_REMINDER = 'ALBO_REMINDER',
  SLOT_STALE = 'SLOT_STALE',
  /** The company lost its Albo or board standing: its open slot is paused and receives no one (to HR and to operators of live proposals). */
  SLOT_PAUSED_BY_STANDING = 'SLOT_PAUSED_BY_STANDING',
  /** The company may act on candidates again: HR may resume the slots that standing paused. */
  SLOT_RESUMABLE = 'SLOT_RESUMABLE',
  CANDIDATE_RECONFIRM = 'CANDIDATE_RECONFIRM',
  /** Another organisation asks to coordinate on a person the recipient's organisation follows. */
  COORDINATION_REQUESTED = 'COORDINATION_REQUESTED',
  /** The recipient's coordination request was accepted or refused. */
  COORDINATION_ANSWERED = 'COORDINATION_ANSWERED',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'The event a notification is about.' });
