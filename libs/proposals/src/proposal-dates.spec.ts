import { dayAfter, firstOfNextMonth, reviveDates } from './proposal-dates';

describe('proposal dates', () => {
  it('names the day a paused slot reopens, across months and years', () => {
    expect(dayAfter('2026-02-28')).toBe('2026-03-01');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('names the first day of the next month for a monthly cap', () => {
    expect(firstOfNextMonth('2026-05-17')).toBe('2026-06-01');
    expect(firstOfNextMonth('2026-12-01')).toBe('2027-01-01');
  });

  it('revives instants only', () => {
    const revived = reviveDates<Record<string, unknown>>({}, { createdAt: '2026-01-01T10:00:00.000Z', startsOn: '2026-01-02', note: null });
    expect(revived.createdAt).toEqual(new Date('2026-01-01T10:00:00.000Z'));
    expect(revived.startsOn).toBe('2026-01-02');
    expect(revived.note).toBeNull();
  });
});
