import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// Only plain decimal digits: Number() would read ' ' as 0 (a random port) and '1e3' as 1000.
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * Every variable the API and the worker read. `.env.example` documents each one;
 * a missing or malformed value stops the process with a message naming it.
 */
export class Environment {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: NodeEnvironment = 'development';

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Where the embedded servers keep their data when DATABASE_URL / MEILI_URL are unset. */
  @IsString()
  DATA_DIR = '.data';

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  MEILI_URL?: string;

  @ValidateIf((env: Environment) => env.MEILI_URL !== undefined)
  @IsString()
  @MinLength(16)
  MEILI_MASTER_KEY?: string;

  /** Prefix of every Meilisearch index uid, so that several environments share one server. */
  @IsString()
  MEILI_INDEX_PREFIX = 'ipl';

  @IsString()
  @MinLength(32)
  JWT_SECRET!: string;

  @IsString()
  JWT_AUDIENCE = 'ipl-api';

  @IsString()
  JWT_ISSUER = 'insieme-per-il-lavoro';

  @Transform(toInteger)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 14;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(720)
  INVITATION_TTL_HOURS = 168;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(50)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_LOCK_MINUTES = 15;

  /** Login, refresh and invitation attempts allowed per client address and minute. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  AUTH_THROTTLE_PER_MINUTE = 20;

  /** Base URL of the portal, used in the links that e-mails carry. */
  @IsUrl({ require_tld: false })
  PUBLIC_URL = 'http://localhost:3000';

  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false })
  SMTP_URL?: string;

  @IsEmail()
  MAIL_FROM = 'noreply@insiemeperillavoro.example';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Seeds demo companies, operators and users on an empty database (never in production). */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_SEED = true;
}
