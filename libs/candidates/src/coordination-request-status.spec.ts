import { COORDINATION_REQUEST_DAYS, CoordinationRequestStatus as S, statusOfRequest, statusOfRound, type StoredCoordinationRequestStatus } from './coordination-request-status';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('statusOfRequest', () => {
  it.each<[StoredCoordinationRequestStatus, number, S]>([
    [S.PENDING, 1, S.PENDING],
    [S.PENDING, 0, S.EXPIRED],
    [S.PENDING, -1, S.EXPIRED],
    [S.ACCEPTED, -1, S.ACCEPTED],
    [S.REFUSED, -1, S.REFUSED],
    [S.WITHDRAWN, 1, S.WITHDRAWN],
  ])('%s with its deadline %i ms from now reads %s', (status, offset, expected) => {
    expect(statusOfRequest({ status, expiresAt: new Date(NOW.getTime() + offset) }, NOW)).toBe(expected);
  });

  it(`lapses ${COORDINATION_REQUEST_DAYS} days after it was sent`, () => {
    const expiresAt = new Date(NOW.getTime() + COORDINATION_REQUEST_DAYS * DAY);
    expect(statusOfRequest({ status: S.PENDING, expiresAt }, new Date(expiresAt.getTime() - 1))).toBe(S.PENDING);
    expect(statusOfRequest({ status: S.PENDING, expiresAt }, expiresAt)).toBe(S.EXPIRED);
  });
});

describe('statusOfRound: one status for all addressees', () => {
  it.each<[S[], S | null]>([
    [[], null],
    [[S.PENDING], S.PENDING],
    [[S.REFUSED], S.REFUSED],
    [[S.ACCEPTED, S.REFUSED], S.ACCEPTED],
    [[S.REFUSED, S.PENDING], S.PENDING],
    [[S.REFUSED, S.EXPIRED], S.REFUSED],
    [[S.EXPIRED, S.WITHDRAWN], S.EXPIRED],
    [[S.WITHDRAWN, S.WITHDRAWN], S.WITHDRAWN],
    [[S.PENDING, S.ACCEPTED, S.EXPIRED], S.ACCEPTED],
  ])('%j reads %s', (statuses, expected) => {
    expect(statusOfRound(statuses)).toBe(expected);
  });
});
