import type { Candidate } from './candidate.entity';
import { CandidateStatus } from './candidate.enums';
import { COMPLETE } from './completeness';

/** Operators are reminded this many days before a profile's reconfirmation falls due. */
export const REMINDER_DAYS_BEFORE = 7;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Lifecycle states in which a profile can turn STALE (the others are decided by people). */
export const FRESHNESS_STATES = [CandidateStatus.ACTIVE, CandidateStatus.STALE];

/** The status as of `now`: an active profile past its reconfirmation date, or incomplete, is STALE. */
export function statusAt(candidate: Pick<Candidate, 'status' | 'reconfirmDueAt' | 'completeness'>, now: Date): CandidateStatus {
  if (!FRESHNESS_STATES.includes(candidate.status)) return candidate.status;
  const stale = candidate.reconfirmDueAt.getTime() <= now.getTime() || candidate.completeness < COMPLETE;
  return stale ? CandidateStatus.STALE : CandidateStatus.ACTIVE;
}
