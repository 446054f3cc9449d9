import { QueryFailedError } from 'typeorm';
import { toGraphqlError } from './to-graphql-error';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('toGraphqlError for failures that are not domain errors', () => {
  it.each<[string, unknown, string, string, boolean]>([
    ['PostgreSQL refusing connections', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', false],
    ['PostgreSQL shutting down under a query', new QueryFailedError('SELECT 1', [], withCode('terminating connection due to administrator command', '57P01')), 'SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', false],
    ['a defect', new TypeError("Cannot read properties of undefined (reading 'id')"), 'INTERNAL_SERVER_ERROR', 'INTERNAL', true],
    ['a constraint the service did not expect', new QueryFailedError('INSERT …', [], withCode('duplicate key value', '23505')), 'INTERNAL_SERVER_ERROR', 'INTERNAL', true],
  ])('%s', (_name, exception, code, reason, logged) => {
    const logInternal = jest.fn();
    const error = toGraphqlError(exception, 'en', logInternal);
    expect(error.extensions).toMatchObject({ code, reason });
    expect(error.message).not.toMatch(/ECONNREFUSED|administrator|duplicate|undefined/);
    expect(logInternal).toHaveBeenCalledTimes(logged ? 1 : 0);
  });

  it('tells the client, in both languages, to try again shortly', () => {
    const error = toGraphqlError(withCode('read ECONNRESET', 'ECONNRESET'), 'it', () => undefined);
    expect(error.message).toBe('Il servizio è momentaneamente non disponibile: riprova tra poco');
    expect(error.extensions.messages).toEqual({ it: error.message, en: 'The service is briefly unavailable: please try again shortly' });
  });
});
