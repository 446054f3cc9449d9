import { lastQuarterOf, parsePeriod, previousPeriods, quarterOfDay } from './needs-period';

describe('needs periods', () => {
  it('reads quarters and half-years as [start, end) calendar days', () => {
    expect(parsePeriod('2026-Q1')).toEqual({ code: '2026-Q1', start: '2026-01-01', end: '2026-04-01' });
    expect(parsePeriod('2026-Q4')).toEqual({ code: '2026-Q4', start: '2026-10-01', end: '2027-01-01' });
    expect(parsePeriod('2026-H2')).toEqual({ code: '2026-H2', start: '2026-07-01', end: '2027-01-01' });
    expect(parsePeriod('2026-Q5')).toBeNull();
    expect(parsePeriod('2026')).toBeNull();
  });

  it('lists the previous periods of the same length across years', () => {
    expect(previousPeriods('2026-Q2', 3)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    expect(previousPeriods('2026-H1', 2)).toEqual(['2025-H1', '2025-H2']);
  });

  it('maps a period to the quarter it ends with, and a day to its quarter', () => {
    expect(lastQuarterOf('2026-Q3')).toBe('2026-Q3');
    expect(lastQuarterOf('2026-H1')).toBe('2026-Q2');
    expect(lastQuarterOf('2026-H2')).toBe('2026-Q4');
    expect(lastQuarterOf('2026')).toBeNull();
    expect(quarterOfDay('2026-03-31')).toBe('2026-Q1');
    expect(quarterOfDay('2026-04-01')).toBe('2026-Q2');
    expect(quarterOfDay('2026-12-31')).toBe('2026-Q4');
  });
});
