import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
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

  /**
   * Which proxies in front of the API to believe about the client's address (Express's `trust
   * proxy`): unset, the socket's peer. Behind a load balancer every request would otherwise
   * come from its address, and the sign-in lock-out and throttle, counted per client address,
   * would lock everyone out together. A number of hops, or addresses, subnets and the names
   * loopback / linklocal / uniquelocal, separated by commas.
   */
  @IsOptional()
  @Matches(/^(?:\d{1,2}|(?:loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(?:\/\d{1,3})?)(?:\s*,\s*(?:loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(?:\/\d{1,3})?))*)$/, {
    message: 'TRUST_PROXY must be a number of hops, or addresses, subnets and loopback / linklocal / uniquelocal separated by commas',
  })
  TRUST_PROXY?: string;

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

  /**
   * Run the search outbox relay inside the API process: on by default outside production (so
   * `npm start` is one process); production runs `npm run start:worker` instead.
   */
  @Transform(toBoolean)
  @IsBoolean()
  SEARCH_WORKER_ENABLED = true;

  /**
   * The search worker's poll when idle. A write wakes the worker at once (LISTEN/NOTIFY), so
   * this only bounds the delay of what no notification announces: retries coming due after
   * their back-off (a second at least) and writes committed while the listener was reconnecting.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(10)
  @Max(600_000)
  SEARCH_WORKER_IDLE_POLL_MS = 1000;

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

  /**
   * Key of the HMAC-SHA256 that the cross-channel duplicate check keeps instead of a codice
   * fiscale. Required in production; generated once into DATA_DIR outside it. Changing it
   * makes every stored key unmatchable.
   */
  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.DUPLICATE_CHECK_PEPPER !== undefined)
  @IsString()
  @MinLength(32)
  DUPLICATE_CHECK_PEPPER?: string;

  /**
   * Key that seals the users' TOTP secrets in the database (AES-256-GCM). Required in
   * production; generated once into DATA_DIR outside it. Changing it disables every enrolled
   * second factor.
   */
  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.TOTP_SECRET_KEY !== undefined)
  @IsString()
  @MinLength(32)
  TOTP_SECRET_KEY?: string;

  /** Days within which an operator reconfirms a candidate profile before it turns STALE. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(365)
  CANDIDATE_RECONFIRM_DAYS = 60;

  /** Months a candidate profile is kept after its last update, then withdrawn and erased. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(120)
  CANDIDATE_RETENTION_MONTHS = 24;

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

  /** Years a Logo di Azienda Inclusiva lasts from admission or renewal. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10)
  ALBO_LOGO_TERM_YEARS = 3;

  /** Days before a logo's expiry when the company is reminded to file its renewal. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(365)
  ALBO_RENEWAL_REMINDER_DAYS = 60;

  /** Days an open slot may stay unchanged before HR is reminded to confirm it. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(730)
  SLOT_STALE_DAYS = 90;

  /** Days after the stale reminder when an unchanged slot is unpublished. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(365)
  SLOT_STALE_GRACE_DAYS = 30;

  /** Days without an answer after which both sides of a proposal are reminded. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(365)
  PROPOSAL_REMINDER_DAYS = 14;

  /** Days without an answer after which a proposal or request closes as EXPIRED. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(365)
  PROPOSAL_EXPIRY_DAYS = 30;

  /** Seeds demo companies, operators and users on an empty database (never in production). */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_SEED = true;
}
