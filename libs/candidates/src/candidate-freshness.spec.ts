import { CandidateStatus as S } from './candidate.enums';
import { statusAt } from './candidate-freshness';
import { COMPLETE } from './completeness';

const NOW = new Date('2026-06-01T10:00:00Z');

describe('statusAt: a profile turns STALE by its date or its completeness, nothing else', () => {
  it.each<[S, number, number, S]>([
    [S.ACTIVE, 1, COMPLETE, S.ACTIVE],
    [S.ACTIVE, 0, COMPLETE, S.STALE],
    [S.ACTIVE, -1, COMPLETE, S.STALE],
    [S.ACTIVE, 1, COMPLETE - 1, S.STALE],
    [S.STALE, 1, COMPLETE, S.ACTIVE],
    [S.IN_PATH, -1, COMPLETE - 1, S.IN_PATH],
    [S.PLACED, -1, COMPLETE, S.PLACED],
    [S.WITHDRAWN, 1, COMPLETE, S.WITHDRAWN],
  ])('%s, due in %p ms, completeness %p → %s', (status, dueIn, completeness, expected) => {
    expect(statusAt({ status, reconfirmDueAt: new Date(NOW.getTime() + dueIn), completeness }, NOW)).toBe(expected);
  });
});
