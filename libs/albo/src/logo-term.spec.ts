import { AlboLogoState, LogoVerificationStatus } from './albo-status.enum';
import { addYears, logoExpiry, renewalReminderDue, renewedExpiry, verificationStatus } from './logo-term';

const at = (iso: string) => new Date(iso);

describe('logo term rules', () => {
  it('expires a logo the same calendar day, the term later', () => {
    expect(logoExpiry(at('2026-03-15T10:00:00Z'), 3).toISOString()).toBe('2029-03-15T10:00:00.000Z');
    expect(logoExpiry(at('2026-03-15T10:00:00Z'), 1).toISOString()).toBe('2027-03-15T10:00:00.000Z');
  });

  it('moves a 29 February grant to 28 February of a common year', () => {
    expect(addYears(at('2028-02-29T00:00:00Z'), 3).toISOString()).toBe('2031-02-28T00:00:00.000Z');
    expect(addYears(at('2028-02-29T00:00:00Z'), 4).toISOString()).toBe('2032-02-29T00:00:00.000Z');
  });

  it('renews from the current expiry when renewed early, from now when late', () => {
    const expiry = at('2029-03-15T00:00:00Z');
    expect(renewedExpiry(expiry, at('2029-01-10T00:00:00Z'), 3).toISOString()).toBe('2032-03-15T00:00:00.000Z');
    expect(renewedExpiry(expiry, at('2029-04-01T00:00:00Z'), 3).toISOString()).toBe('2032-04-01T00:00:00.000Z');
  });

  it('reminds within the window before expiry, not earlier and not after', () => {
    const expiry = at('2029-03-15T00:00:00Z');
    expect(renewalReminderDue(expiry, at('2029-01-01T00:00:00Z'), 60)).toBe(false);
    expect(renewalReminderDue(expiry, at('2029-01-14T00:00:00Z'), 60)).toBe(true);
    expect(renewalReminderDue(expiry, at('2029-03-14T23:59:59Z'), 60)).toBe(true);
    expect(renewalReminderDue(expiry, at('2029-03-15T00:00:00Z'), 60)).toBe(false);
  });

  it('verifies an active logo as valid until its expiry, expired from then on', () => {
    const expiry = at('2029-03-15T00:00:00Z');
    expect(verificationStatus(AlboLogoState.ACTIVE, expiry, at('2029-03-14T23:59:59Z'))).toBe(LogoVerificationStatus.VALID);
    expect(verificationStatus(AlboLogoState.ACTIVE, expiry, expiry)).toBe(LogoVerificationStatus.EXPIRED);
  });

  it.each([
    [AlboLogoState.SUSPENDED, LogoVerificationStatus.SUSPENDED],
    [AlboLogoState.REVOKED, LogoVerificationStatus.REVOKED],
    [AlboLogoState.EXPIRED, LogoVerificationStatus.EXPIRED],
  ])('answers %s logos as %s, whatever the date', (state, status) => {
    expect(verificationStatus(state, at('2099-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'))).toBe(status);
  });
});
