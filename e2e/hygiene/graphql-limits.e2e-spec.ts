import request from 'supertest';
import { countQueries, graphql, graphqlOk, type TestApp } from '@ipl/testing';
import { MAX_QUERY_COST } from '../../apps/api/src/graphql.options';
import { startApi } from '../app';

/** `{ district(code: "IMOLA") { neighbours { … { code } } } }`, `depth` selection sets deep. */
function nestedNeighbours(depth: number): string {
  let selection = '{ code }';
  for (let level = 2; level < depth; level += 1) selection = `{ neighbours ${selection} }`;
  return `{ district(code: "IMOLA") ${selection} }`;
}

function aliasedDistricts(count: number): string {
  return `{ ${Array.from({ length: count }, (_, index) => `d${index}: district(code: "IMOLA") { code }`).join(' ')} }`;
}

/**
 * Public territory fields nest into each other (district → neighbours → comuni → district …):
 * within the depth and alias limits, the landed code answered one of these 7-level trees in
 * 3.4 s and 0.5 MB, four of them in minutes, and with 15 aliases and one level more exhausted
 * a 4 GB heap. The page size comes as a variable, which the old cost rule counted as 1.
 */
const TERRITORY_BOMB = `query Bomb($n: Int!) {
  albo(first: $n) { nodes { legalName } }
  ${Array.from(
    { length: 4 },
    (_, index) => `t${index}: districts { neighbours { comuni { district { neighbours { comuni { district { neighbours { code } } } } } } } }`,
  ).join('\n  ')}
}`;

/** Public Albo entries with their territory nested under them: the page size alone decides the cost. */
const ALBO_WITH_TERRITORY = `query AlboTerritory($n: Int!) {
  albo(first: $n) { nodes { district { neighbours { comuni { district { comuni { name } } } } } } }
}`;

describe('GraphQL request limits', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers a reasonably nested query', async () => {
    const data = await graphqlOk<{ district: { neighbours: { neighbours: { code: string }[] }[] } }>(api.server, nestedNeighbours(5));
    expect(data.district.neighbours.length).toBeGreaterThan(0);
  });

  it('counts depth in fields, not in fragments: 7 levels through 4 named fragments are answered', async () => {
    const query = `{ district(code: "IMOLA") { ...A } }
      fragment A on District { comuni { ...B } }
      fragment B on Comune { district { ...C } }
      fragment C on District { comuni { ...D } }
      fragment D on Comune { district { neighbours { code } } }`;
    const data = await graphqlOk<{ district: { comuni: unknown[] } }>(api.server, query);
    expect(data.district.comuni.length).toBeGreaterThan(0);
  });

  it('refuses a query deeper than the limit, before running it', async () => {
    const response = await graphql(api.server, nestedNeighbours(12));
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('depth limit of 10 exceeded') as unknown,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers 15 aliases and refuses 16', async () => {
    await graphqlOk(api.server, aliasedDistricts(15));
    const response = await graphql(api.server, aliasedDistricts(16));
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Aliases limit of 15 exceeded') as unknown,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it(
    'refuses the nested territory query with aliases before running it, with the cost and the limit',
    async () => {
      const { result: response, queries } = await countQueries(api.dataSource, () => graphql(api.server, TERRITORY_BOMB, { n: 100 }, { language: 'en' }));
      expect(response.status).toBe(400);
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        {
          message: expect.stringMatching(new RegExp(`^Request too costly \\(cost \\d+, limit ${MAX_QUERY_COST}\\)`)) as unknown,
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', limit: MAX_QUERY_COST, cost: expect.any(Number) as unknown }) as unknown,
        },
      ]);
      expect(response.errors?.[0].extensions.cost).toBeGreaterThan(MAX_QUERY_COST * 10);
      expect(queries.filter((query) => /district|comune|albo/i.test(query))).toEqual([]);
    },
    // The landed code ran this query for many seconds; refusing it takes milliseconds.
    5_000,
  );

  it('counts a page size given as a variable: refused at 100, answered at 5', async () => {
    const refused = await graphql(api.server, ALBO_WITH_TERRITORY, { n: 100 });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
    expect(refused.errors?.[0].message).toMatch(/^Richiesta troppo onerosa/);
    await graphqlOk(api.server, ALBO_WITH_TERRITORY, { n: 5 });
  });

  it('refuses a document over 3000 tokens as a bad request, not a server error', async () => {
    const response = await graphql(api.server, `{ ${Array.from({ length: 3_100 }, () => '__typename').join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('3000 tokens') as unknown,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('refuses a batched request (a JSON array of operations)', async () => {
    const response = await request(api.server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send([{ query: '{ districts { code } }' }, { query: '{ comuni { code } }' }]);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [expect.objectContaining({ message: 'Operation batching disabled.' })] });
  });

  it('refuses a simple POST (text/plain) without a preflight header: CSRF prevention', async () => {
    const response = await request(api.server)
      .post('/graphql')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ query: '{ districts { code } }' }));
    expect(response.status).toBe(400);
    expect(response.text).toContain('Cross-Site Request Forgery');
    expect(response.text).not.toContain('"data"');
  });

  it('refuses a GET without a preflight header, and answers it with one', async () => {
    const refused = await request(api.server).get('/graphql').query({ query: '{ districts { code } }' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Cross-Site Request Forgery');
    expect(refused.text).not.toContain('"data"');
    const answered = await request(api.server)
      .get('/graphql')
      .query({ query: '{ districts { code } }' })
      .set('apollo-require-preflight', 'true');
    expect(answered.status).toBe(200);
    expect((answered.body as { data: { districts: unknown[] } }).data.districts).toHaveLength(7);
  });

  it('answers introspection outside production', async () => {
    const data = await graphqlOk<{ __schema: { queryType: { name: string } } }>(api.server, '{ __schema { queryType { name } } }');
    expect(data.__schema.queryType.name).toBe('Query');
  });
});
