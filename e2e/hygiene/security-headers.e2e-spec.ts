import request from 'supertest';
import type { TestApp } from '@ipl/testing';
import { startApi } from '../app';

function directives(header: string | undefined): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers, on the portal and on the API', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('gives portal pages a policy with no inline script or style, no framing, no sniffing and no referrer', async () => {
    // Whether or not the portal is built, a page path gets the portal's headers.
    const page = await request(api.server).get('/area-riservata').set('Accept', 'text/html');
    const policy = directives(page.headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(page.headers['content-security-policy']).not.toContain('unsafe-');
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(page.headers['x-powered-by']).toBeUndefined();
  });

  it('sends the same headers with GraphQL answers and the health check', async () => {
    const graphql = await request(api.server).post('/graphql').set('Content-Type', 'application/json').send({ query: '{ districts { code } }' });
    expect(graphql.status).toBe(200);
    const health = await request(api.server).get('/health');
    for (const response of [graphql, health]) {
      expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
    }
    expect(directives(health.headers['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("leaves Apollo's landing page (outside production) to its own nonce-based policy, so that it still loads", async () => {
    const landing = await request(api.server).get('/graphql').set('Accept', 'text/html');
    expect(landing.status).toBe(200);
    expect(landing.text).toContain('http-equiv="Content-Security-Policy"');
    expect(landing.text).toMatch(/<script nonce="[^"]+"/);
    expect(landing.headers['content-security-policy']).toBeUndefined();
    expect(landing.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  });
});
