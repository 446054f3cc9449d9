import { comuneShown } from './comune-disclosure';

describe('comune of residence shown to a company', () => {
  // A district of 9 matchable people: 5 in the big comune, 4 in the small one.
  const counts = new Map([
    ['BIG', 5],
    ['SMALL', 4],
    ['ONE', 1],
  ]);

  it.each([
    ['a comune with 5 matchable people', 'BIG', true],
    ['a comune with 4, even when its district has more than 5', 'SMALL', false],
    ['a comune with one person', 'ONE', false],
    ['a comune with none counted (the index lags a write)', 'NONE', false],
    ['a person who gave only the district', null, false],
  ])('%s: shown %s', (_case, comune, shown) => {
    expect(comuneShown(counts, comune)).toBe(shown);
  });
});
