import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Environment } from './environment';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Rules that involve more than one variable, which class-validator cannot express per field. */
function crossFieldProblems(env: Environment): string[] {
  const problems: string[] = [];
  if (env.NODE_ENV === 'production') {
    if (!env.DATABASE_URL) problems.push('DATABASE_URL is required in production (no embedded PostgreSQL)');
    if (!env.MEILI_URL) problems.push('MEILI_URL is required in production (no embedded Meilisearch)');
    if (env.DEMO_SEED === true) problems.push('DEMO_SEED cannot be true in production');
  }
  return problems;
}

/** Validates process.env for @nestjs/config; throws one error that names every bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  if (env.NODE_ENV === 'production' && defined.DEMO_SEED === undefined) env.DEMO_SEED = false;
  if (env.NODE_ENV === 'production' && defined.SEARCH_WORKER_ENABLED === undefined) env.SEARCH_WORKER_ENABLED = false;
  const problems = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
  problems.push(...crossFieldProblems(env));
  if (problems.length > 0) throw new ConfigurationError(problems);
  return env;
}
