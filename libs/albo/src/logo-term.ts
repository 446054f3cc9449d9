import { AlboLogoState, LogoVerificationStatus } from './albo-status.enum';

const DAY_MS = 86_400_000;

/** `years` after `from`, on the same calendar day (29 February becomes 28 February). */
export function addYears(from: Date, years: number): Date {
  const result = new Date(from.getTime());
  result.setUTCFullYear(from.getUTCFullYear() + years);
  if (result.getUTCDate() !== from.getUTCDate()) result.setUTCDate(0);
  return result;
}

/** The expiry of a logo granted at `grantedAt`. */
export function logoExpiry(grantedAt: Date, termYears: number): Date {
  return addYears(grantedAt, termYears);
}

/**
 * The new expiry after a renewal: a full term from the current expiry, so that renewing early
 * costs the company nothing; from now, if the logo has already expired.
 */
export function renewedExpiry(currentExpiry: Date, now: Date, termYears: number): Date {
  return addYears(currentExpiry > now ? currentExpiry : now, termYears);
}

/** Whether the renewal reminder is due: within `reminderDays` of the expiry, and not past it. */
export function renewalReminderDue(expiresAt: Date, now: Date, reminderDays: number): boolean {
  return now < expiresAt && expiresAt.getTime() - now.getTime() <= reminderDays * DAY_MS;
}

/** What a public check answers for a logo in this state. An active logo past its term is expired, job or not. */
export function verificationStatus(state: AlboLogoState, expiresAt: Date, now: Date): LogoVerificationStatus {
  switch (state) {
    case AlboLogoState.ACTIVE:
      return now < expiresAt ? LogoVerificationStatus.VALID : LogoVerificationStatus.EXPIRED;
    case AlboLogoState.SUSPENDED:
      return LogoVerificationStatus.SUSPENDED;
    case AlboLogoState.REVOKED:
      return LogoVerificationStatus.REVOKED;
    case AlboLogoState.EXPIRED:
      return LogoVerificationStatus.EXPIRED;
  }
}
