import { errorOf, graphql, type TestApp } from '@ipl/testing';
import { startApi } from '../app';

/**
 * What a client may read in an error: our codes and messages in its language, never a stack
 * trace, SQL or a driver message.
 */
describe('GraphQL errors', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers a domain error with its code and reason, in Italian by default', async () => {
    const error = await errorOf(api.server, '{ me { id } }');
    expect(error.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'NOT_AUTHENTICATED',
      messages: { it: 'Accesso richiesto: effettua di nuovo il login', en: 'You need to sign in again' },
    });
    expect(error.message).toBe('Accesso richiesto: effettua di nuovo il login');
    expect(error.extensions).not.toHaveProperty('stacktrace');
  });

  it('answers in English when the client prefers it', async () => {
    const error = await errorOf(api.server, '{ me { id } }', {}, { language: 'en-GB,en;q=0.9,it;q=0.5' });
    expect(error.message).toBe('You need to sign in again');
  });

  it('passes a malformed query through with its GraphQL code and no stack trace', async () => {
    const error = await errorOf(api.server, '{ districts { nonsense } }');
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions).not.toHaveProperty('stacktrace');
  });

  describe('when something breaks inside', () => {
    let typeormLog: jest.SpyInstance;
    beforeAll(async () => {
      // TypeORM prints the failing query on the console; the test reads what the client gets.
      typeormLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      // This file's own database: the territory query now fails in PostgreSQL.
      await api.dataSource.query('ALTER TABLE district RENAME TO district_gone');
    });
    afterAll(() => typeormLog.mockRestore());

    it('masks the error: a generic message and INTERNAL_SERVER_ERROR, nothing of the cause', async () => {
      const response = await graphql(api.server, '{ districts { code } }');
      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors ?? [];
      expect(error.message).toBe('Si è verificato un errore interno. Riprova più tardi');
      expect(error.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'INTERNAL',
        messages: {
          it: 'Si è verificato un errore interno. Riprova più tardi',
          en: 'Something went wrong on our side. Please try again later',
        },
      });
      expect(error.path).toEqual(['districts']);
      const told = JSON.stringify({ message: error.message, extensions: error.extensions });
      expect(told).not.toMatch(/district|relation|SELECT|QueryFailed|stack|\.ts:|node_modules/i);
    });

    it('says it in English to an English client', async () => {
      const error = await errorOf(api.server, '{ districts { code } }', {}, { language: 'en' });
      expect(error.message).toBe('Something went wrong on our side. Please try again later');
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    });
  });
});
