import { monthlyCapReopensDay } from './slot-document';

describe('monthlyCapReopensDay', () => {
  it.each<[number | null, string | null, number, number]>([
    [null, '2026-05-01', 9, 0],
    [3, null, 0, 0],
    [3, '2026-05-01', 2, 0],
    [3, '2026-05-01', 3, 20260601],
    [2, '2026-12-01', 5, 20270101],
  ])('cap %p, %p counted %p → %p', (monthlyProposalCap, intakeMonth, intakeCount, day) => {
    expect(monthlyCapReopensDay({ monthlyProposalCap, intakeMonth, intakeCount })).toBe(day);
  });
});
