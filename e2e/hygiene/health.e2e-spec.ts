import request from 'supertest';
import type { TestApp } from '@ipl/testing';
import { startApi } from '../app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('health and request ids', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers GET /health with 200 when PostgreSQL and Meilisearch are up, without a login', async () => {
    const response = await request(api.server).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, meilisearch: { status: 'up' } },
      error: {},
    });
  });

  it('gives every response a request id, a new one per request', async () => {
    const first = await request(api.server).get('/health');
    const second = await request(api.server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: '{ districts { code } }' });
    expect(first.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it("echoes a well-formed incoming X-Request-Id, so a proxy's id flows through", async () => {
    const id = 'edge-7f3a9c21-0b4d';
    const response = await request(api.server).get('/health').set('X-Request-Id', id);
    expect(response.headers['x-request-id']).toBe(id);
  });

  it.each([
    ['too short', 'abc'],
    ['too long', 'a'.repeat(65)],
    ['with characters a log line should not carry', 'id with spaces; drop'],
  ])('replaces an incoming X-Request-Id that is %s', async (_case, id) => {
    const response = await request(api.server).get('/health').set('X-Request-Id', id);
    expect(response.headers['x-request-id']).toMatch(UUID);
  });
});
