import { ConfigurationError, validateEnvironment } from './validate-environment';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

/** The smallest environment a developer's machine runs with. */
const development = (): Record<string, string | undefined> => ({ JWT_SECRET: SECRET });

/** What a production deployment must set. */
const production = (): Record<string, string | undefined> => ({
  NODE_ENV: 'production',
  JWT_SECRET: SECRET,
  DATABASE_URL: 'postgres://ipl:secret@db.internal:5432/ipl',
  MEILI_URL: 'https://search.internal',
  MEILI_MASTER_KEY: 'a-master-key-of-sixteen-or-more',
  DUPLICATE_CHECK_PEPPER: 'a-pepper-of-at-least-thirty-two-characters',
  TOTP_SECRET_KEY: 'a-totp-key-of-at-least-thirty-two-characters',
});

function problemOf(raw: Record<string, string | undefined>): ConfigurationError {
  try {
    validateEnvironment(raw);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigurationError for ${JSON.stringify(raw)}`);
}

describe('validateEnvironment', () => {
  it('returns typed values with their defaults', () => {
    const env = validateEnvironment(development());
    expect(env.NODE_ENV).toBe('development');
    expect(env.PORT).toBe(3000);
    expect(env.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(env.DEMO_SEED).toBe(true);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and booleans from their text', () => {
    const env = validateEnvironment({ ...development(), PORT: '8080', DEMO_SEED: 'false', LOGIN_MAX_FAILURES: '3' });
    expect(env.PORT).toBe(8080);
    expect(env.LOGIN_MAX_FAILURES).toBe(3);
    expect(env.DEMO_SEED).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(validateEnvironment({ ...development(), PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it('accepts a complete production environment, without demo data by default', () => {
    const env = validateEnvironment(production());
    expect(env.NODE_ENV).toBe('production');
    expect(env.PORT).toBe(3000);
    expect(env.DEMO_SEED).toBe(false);
  });

  it('keeps demo data off in production when DEMO_SEED is present but empty', () => {
    expect(validateEnvironment({ ...production(), DEMO_SEED: '' }).DEMO_SEED).toBe(false);
  });

  it.each<[string, Record<string, string | undefined>, string]>([
    ['a missing JWT_SECRET', { JWT_SECRET: undefined }, 'JWT_SECRET'],
    ['a short JWT_SECRET', { JWT_SECRET: 'short' }, 'JWT_SECRET'],
    ['a malformed PORT', { PORT: 'abc' }, 'PORT'],
    ['a PORT out of range', { PORT: '70000' }, 'PORT'],
    ['a blank PORT (Number would read 0, a random port)', { PORT: ' ' }, 'PORT'],
    ['a PORT in exponent notation', { PORT: '1e3' }, 'PORT'],
    ['a fractional token lifetime', { ACCESS_TOKEN_TTL_SECONDS: '90.5' }, 'ACCESS_TOKEN_TTL_SECONDS'],
    ['a DATABASE_URL that is not PostgreSQL', { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    ['MEILI_URL without MEILI_MASTER_KEY', { MEILI_URL: 'http://127.0.0.1:7700' }, 'MEILI_MASTER_KEY'],
    ['a short DUPLICATE_CHECK_PEPPER', { DUPLICATE_CHECK_PEPPER: 'short' }, 'DUPLICATE_CHECK_PEPPER'],
    ['a short TOTP_SECRET_KEY', { TOTP_SECRET_KEY: 'short' }, 'TOTP_SECRET_KEY'],
    ['an unknown NODE_ENV', { NODE_ENV: 'staging' }, 'NODE_ENV'],
    ['a DEMO_SEED that is not a boolean', { DEMO_SEED: 'yes' }, 'DEMO_SEED'],
  ])('refuses %s, naming it', (_case, change, variable) => {
    const error = problemOf({ ...development(), ...change });
    expect(error.message).toContain(variable);
    expect(error.problems.some((problem) => problem.includes(variable))).toBe(true);
  });

  it.each<[string, Record<string, string | undefined>, string]>([
    ['without DATABASE_URL', { DATABASE_URL: undefined }, 'DATABASE_URL'],
    ['without MEILI_URL', { MEILI_URL: undefined, MEILI_MASTER_KEY: undefined }, 'MEILI_URL'],
    ['with DEMO_SEED=true', { DEMO_SEED: 'true' }, 'DEMO_SEED'],
    ['without DUPLICATE_CHECK_PEPPER', { DUPLICATE_CHECK_PEPPER: undefined }, 'DUPLICATE_CHECK_PEPPER'],
    ['without TOTP_SECRET_KEY', { TOTP_SECRET_KEY: undefined }, 'TOTP_SECRET_KEY'],
  ])('refuses production %s, naming it', (_case, change, variable) => {
    const error = problemOf({ ...production(), ...change });
    expect(error.message).toContain(variable);
  });

  it('names every bad variable in one error', () => {
    const error = problemOf({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    expect(error.message).toEqual(expect.stringContaining('JWT_SECRET'));
    expect(error.message).toEqual(expect.stringContaining('PORT'));
    expect(error.message).toEqual(expect.stringContaining('DATABASE_URL'));
  });
});
