import { QueryFailedError } from 'typeorm';

/** Connection errors of Node's sockets: the server is not there (stopped, restarting, unreachable). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * SQLSTATEs of a server going away or not ready: class 08 (connection exception), 57P01-57P03
 * (administrator or crash shutdown, starting up), 53300 (too many connections).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[1-3]|53300)$/;
/** What node-postgres throws, without a code, for a connection lost or never made. */
const DRIVER_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not open)/;

/**
 * Whether a failure means PostgreSQL is unavailable for now (stopped, restarting, out of
 * connections), not that the request was wrong: such a request may be tried again unchanged.
 * Seen on a fast stop under load: sessions in a transaction get 57P01, new ones 57P03 while it
 * shuts down, then ECONNRESET and ECONNREFUSED (an AggregateError when a host name resolves to
 * several addresses); the landed API answered all of them INTERNAL_SERVER_ERROR.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 3 || !(error instanceof Error)) return false;
  if (error instanceof QueryFailedError) return isDatabaseUnavailable(error.driverError, depth + 1);
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
  if (DRIVER_MESSAGES.test(error.message)) return true;
  if (error instanceof AggregateError) return error.errors.length > 0 && error.errors.every((inner) => isDatabaseUnavailable(inner, depth + 1));
  return error.cause !== undefined && isDatabaseUnavailable(error.cause, depth + 1);
}
