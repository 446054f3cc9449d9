import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a coordination request stands. EXPIRED is never stored: a PENDING request past its
 * deadline reads as EXPIRED (see statusOfRequest), so no job has to run for it to lapse.
 */
export enum CoordinationRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CoordinationRequestStatus, {
  name: 'CoordinationRequestStatus',
  description: 'A coordination request: PENDING until the other organisation accepts or refuses it, the requester withdraws it, or it expires.',
});

/** The statuses a row can hold (EXPIRED is derived). */
export type StoredCoordinationRequestStatus = Exclude<CoordinationRequestStatus, CoordinationRequestStatus.EXPIRED>;
export const STORED_STATUSES: readonly StoredCoordinationRequestStatus[] = [
  CoordinationRequestStatus.PENDING,
  CoordinationRequestStatus.ACCEPTED,
  CoordinationRequestStatus.REFUSED,
  CoordinationRequestStatus.WITHDRAWN,
];

/** Days a request waits for an answer before it lapses. */
export const COORDINATION_REQUEST_DAYS = 30;

export function statusOfRequest(request: { status: StoredCoordinationRequestStatus; expiresAt: Date }, now: Date): CoordinationRequestStatus {
  if (request.status === CoordinationRequestStatus.PENDING && request.expiresAt.getTime() <= now.getTime()) return CoordinationRequestStatus.EXPIRED;
  return request.status;
}

/** Strongest first: what one organisation's answer means for the whole round. */
const ROUND_ORDER = [
  CoordinationRequestStatus.ACCEPTED,
  CoordinationRequestStatus.PENDING,
  CoordinationRequestStatus.REFUSED,
  CoordinationRequestStatus.EXPIRED,
  CoordinationRequestStatus.WITHDRAWN,
];

/**
 * What the requester is told of one round, addressed to every organisation that follows the
 * person: one status, never one per addressee, so that it learns neither who nor how many.
 * Accepted as soon as one accepted (that link then names its organisation); pending while any
 * may still answer; refused once every answer is in and one was a refusal.
 */
export function statusOfRound(statuses: readonly CoordinationRequestStatus[]): CoordinationRequestStatus | null {
  return ROUND_ORDER.find((status) => statuses.includes(status)) ?? null;
}
