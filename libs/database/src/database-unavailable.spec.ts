import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('INSERT INTO candidate …', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each<[string, unknown, boolean]>([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), true],
    ['a refused connection to every address of a name', new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'), withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')]), true],
    ['a reset socket', withCode('read ECONNRESET', 'ECONNRESET'), true],
    ['the server shutting down under a query (57P01)', failedQuery(withCode('terminating connection due to administrator command', '57P01')), true],
    ['the server starting up (57P03)', withCode('the database system is starting up', '57P03'), true],
    ['a connection exception (08006)', failedQuery(withCode('connection failure', '08006')), true],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300'), true],
    ['a connection lost under a query', failedQuery(new Error('Connection terminated unexpectedly')), true],
    ['no free connection in time', new Error('timeout exceeded when trying to connect'), true],
    ['a lost connection as the cause', new Error('could not load the user', { cause: withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED') }), true],
    ['a unique violation', failedQuery(withCode('duplicate key value violates unique constraint', '23505')), false],
    ['a serialization failure (try again, but not an outage)', failedQuery(withCode('could not serialize access', '40001')), false],
    ['a syntax error', failedQuery(withCode('syntax error at or near', '42601')), false],
    ['an error of the code', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['a mix of refused and other errors', new AggregateError([withCode('refused', 'ECONNREFUSED'), new Error('boom')]), false],
    ['not an error', { code: 'ECONNREFUSED' }, false],
    ['undefined', undefined, false],
  ])('%s', (_name, error, unavailable) => {
    expect(isDatabaseUnavailable(error)).toBe(unavailable);
  });
});
