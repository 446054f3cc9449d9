import { reindexFailureMessage } from './reindex-failure';

describe('reindexFailureMessage', () => {
  it.each([
    ['an error', new Error('connect ECONNREFUSED 127.0.0.1:5432'), 'connect ECONNREFUSED 127.0.0.1:5432'],
    ['undefined', undefined, 'it failed without saying why'],
    ['a plain object', { status: 503 }, '{ status: 503 }'],
  ])('says what is wrong and what to do for %s', (_name, error, reason) => {
    const message = reindexFailureMessage(error);
    expect(message).toContain(reason);
    expect(message).toContain('run npm run reindex again');
    expect(message).not.toMatch(/\bundefined\b/);
  });
});
