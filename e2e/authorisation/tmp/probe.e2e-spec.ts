import { graphql } from '@ipl/testing';
import { startApi } from '../../app';
import { buildWorld } from '../world';
it('probe', async () => {
  const api = await startApi({ env: { AUTH_THROTTLE_PER_MINUTE: '1000', LOG_LEVEL: 'error' } });
  const app = api.app; (app as any).useLogger?.(console);
  const world = await buildWorld(api);
  const r = await graphql(api.server, 'query($s: ID!) { matchCandidates(first: 1, slotId: $s) { __typename } }', { s: world.ids.slot }, { token: world.tokens.H });
  console.log(JSON.stringify(r.errors));
  const r2 = await graphql(api.server, 'query($s: ID!) { matchCandidates(first: 1, slotId: $s) { __typename } }', { s: world.ids.slot }, { token: world.tokens.H });
  console.log(JSON.stringify(r2.errors));
  await api.close();
}, 120000);
