import { PublishedSupply } from './published-supply';

const DISTRICTS = ['BOLOGNA', 'IMOLA', 'SAVENA_IDICE'];
const count = (districtCode: string, skillId: string, supply: number, openings = 0) => ({ districtCode, skillId, supply, openings });

describe('PublishedSupply', () => {
  // lavaggio: BOLOGNA 4, SAVENA 5 (9); cuoco: BOLOGNA 8, SAVENA 5 (13); pulizia: IMOLA 3 (3); openings only for cuoco.
  const [state] = PublishedSupply.jointly(
    [[count('BOLOGNA', 'lavaggio', 4), count('SAVENA_IDICE', 'lavaggio', 5), count('BOLOGNA', 'cuoco', 8, 2), count('SAVENA_IDICE', 'cuoco', 5, 1), count('IMOLA', 'pulizia', 3)]],
    DISTRICTS,
  );

  it('hides a district of 4 and its complement, and keeps the total of every district', () => {
    expect([state.supply('lavaggio', 'BOLOGNA'), state.supply('lavaggio', 'SAVENA_IDICE'), state.supply('lavaggio', 'IMOLA'), state.supply('lavaggio', null)]).toEqual([null, null, 0, 9]);
    expect([state.supply('cuoco', 'BOLOGNA'), state.supply('cuoco', 'SAVENA_IDICE'), state.supply('cuoco', null)]).toEqual([8, 5, 13]);
  });

  it('hides a total of every district under 5 with its only district', () => {
    expect([state.supply('pulizia', 'IMOLA'), state.supply('pulizia', null)]).toEqual([null, null]);
  });

  it('sums openings as they are, and knows which skills a scope has', () => {
    expect([state.openings('cuoco', 'BOLOGNA'), state.openings('cuoco', null), state.openings('lavaggio', null)]).toEqual([2, 3, 0]);
    expect([state.has('pulizia', 'IMOLA'), state.has('pulizia', 'BOLOGNA'), state.has('pulizia', null), state.has('unknown', null)]).toEqual([true, false, true, false]);
    expect(state.supply('unknown', 'BOLOGNA')).toBe(0);
  });

  it('withholds a district and skill small in one snapshot in every snapshot, so the movement of the totals never isolates it', () => {
    // cuoco: BOLOGNA 3 → 7, SAVENA 5 → 5. Alone, the second state publishes 7 and 5, and the
    // first's total 8 then gives back BOLOGNA's 3 for anyone who takes SAVENA as steady.
    const [before, after] = PublishedSupply.jointly([[count('BOLOGNA', 'cuoco', 3), count('SAVENA_IDICE', 'cuoco', 5)], [count('BOLOGNA', 'cuoco', 7), count('SAVENA_IDICE', 'cuoco', 5)]], DISTRICTS);
    const [alone] = PublishedSupply.jointly([[count('BOLOGNA', 'cuoco', 7), count('SAVENA_IDICE', 'cuoco', 5)]], DISTRICTS);
    expect([alone.supply('cuoco', 'BOLOGNA'), alone.supply('cuoco', 'SAVENA_IDICE')]).toEqual([7, 5]);
    for (const state of [before, after]) expect([state.supply('cuoco', 'BOLOGNA'), state.supply('cuoco', 'SAVENA_IDICE')]).toEqual([null, null]);
    expect([before.supply('cuoco', null), after.supply('cuoco', null)]).toEqual([8, 12]);
  });
});
