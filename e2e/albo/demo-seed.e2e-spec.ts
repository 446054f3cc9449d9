import { graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { DemoSeedService } from '../../apps/api/src/demo/demo-seed.service';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import { startApi } from '../app';

describe('the demo seed', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('leaves the demo companies in the Albo, on the board and with published slots', async () => {
    expect(await api.app.get(DemoSeedService).seed()).toBe(true);
    const { albo } = await graphqlOk<{ albo: { nodes: { legalName: string; comune: { name: string } }[] } }>(
      api.server, '{ albo(first: 10) { nodes { legalName comune { name } } } }',
    );
    expect(albo.nodes.map((entry) => entry.legalName).sort()).toEqual(['Il Ponte Cooperativa Sociale', 'Officine Meccaniche del Reno S.r.l.']);

    const board = (await signIn(api.server, 'board@demo.ipl.example', DEMO_PASSWORD)).accessToken;
    const overview = await graphqlOk<{ board: { seats: { company: { legalName: string }; inAlbo: boolean }[]; admittedNotOnBoard: { legalName: string }[] } }>(
      api.server, '{ board { seats { company { legalName } inAlbo } admittedNotOnBoard { legalName } } }', {}, { token: board },
    );
    expect(overview.board.seats).toEqual([{ company: { legalName: 'Il Ponte Cooperativa Sociale' }, inAlbo: true }]);
    expect(overview.board.admittedNotOnBoard).toEqual([{ legalName: 'Officine Meccaniche del Reno S.r.l.' }]);

    const hr = (await signIn(api.server, 'hr.savena@demo.ipl.example', DEMO_PASSWORD)).accessToken;
    const slots = await graphqlOk<{ slots: { nodes: { status: string; company: { legalName: string } }[] } }>(
      api.server, '{ slots(first: 20) { nodes { status company { legalName } } } }', {}, { token: hr },
    );
    expect(slots.slots.nodes.filter((slot) => slot.status === 'OPEN')).toHaveLength(3);
    expect(slots.slots.nodes.filter((slot) => slot.status === 'DRAFT')).toEqual([{ status: 'DRAFT', company: { legalName: 'Forno Savena S.n.c.' } }]);
  });
});
