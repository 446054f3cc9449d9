import request from 'supertest';
import { graphql, graphqlOk, type TestApp } from '@ipl/testing';
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
