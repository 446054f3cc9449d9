import { Meilisearch } from 'meilisearch';
import { CANDIDATES_INDEX } from '@ipl/candidates';
import { candidateDocuments } from '@ipl/match-index';
import { SearchIndexes, SearchReindexer } from '@ipl/search';
import { graphqlOk, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { completeInput, createCandidate, operatorOf, randomCodiceFiscale, WITHDRAW } from '../candidates/operations';

/** `npm run reindex` on the candidates' index: it holds what the match index's builder makes of PostgreSQL, nothing else. */
describe('rebuilding the candidates index', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('swaps in the documents of the active profiles, as candidateDocuments builds them', async () => {
    const operator = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE');
    const profiles = [];
    for (let i = 0; i < 3; i += 1) profiles.push(await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale())));
    await graphqlOk(api.server, WITHDRAW, { id: profiles[2].id }, { token: operator.token });
    const active = [profiles[0].id, profiles[1].id].sort();

    expect(await api.app.get(SearchReindexer).reindex(CANDIDATES_INDEX)).toBe(2);

    const indexed = await api.app.get(Meilisearch).index(api.app.get(SearchIndexes).uid(CANDIDATES_INDEX)).getDocuments<{ id: string }>({ limit: 10 });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(indexed.results.map((document) => document.id).sort()).toEqual(active);
    expect([...indexed.results].sort(byId)).toEqual((await candidateDocuments(api.dataSource.manager, active, new Date())).sort(byId));
  });
});
