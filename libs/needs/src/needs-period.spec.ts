import { parsePeriod, previousPeriods } from './needs-period';

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
});
