import { Channel } from '@ipl/organisations';
import { formatPublicCode, PUBLIC_CODE_PATTERN } from './public-code';

describe('formatPublicCode', () => {
  it('joins channel, district, year and a zero-padded sequence', () => {
    expect(formatPublicCode(Channel.CARITAS, 'SAVENA_IDICE', 2026, 42)).toBe('CAR-SAVENA_IDICE-2026-0042');
    expect(formatPublicCode(Channel.SOCIAL_SERVICES, 'BOLOGNA', 2025, 1)).toBe('SST-BOLOGNA-2025-0001');
  });

  it('keeps growing past four digits instead of wrapping', () => {
    expect(formatPublicCode(Channel.CARITAS, 'IMOLA', 2026, 123456)).toBe('CAR-IMOLA-2026-123456');
  });

  it('produces codes that match the documented pattern', () => {
    for (const channel of Object.values(Channel)) {
      expect(formatPublicCode(channel, 'RENO_LAVINO_SAMOGGIA', 2030, 7)).toMatch(PUBLIC_CODE_PATTERN);
    }
    expect('SST-BOLOGNA-26-1').not.toMatch(PUBLIC_CODE_PATTERN);
  });
});
