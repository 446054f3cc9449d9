import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * @nestjs/throttler storage in PostgreSQL: one atomic upsert per hit, so the limit holds across
 * processes and restarts (the default in-memory storage would give each process its own count).
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO throttle_bucket AS b (key, hits, expires_at)
       VALUES ($1, 1, now() + make_interval(secs => $2 / 1000.0))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.expires_at <= now() THEN 1 ELSE b.hits + 1 END,
         expires_at = CASE WHEN b.expires_at <= now() THEN EXCLUDED.expires_at ELSE b.expires_at END,
         blocked_until = CASE
           WHEN b.blocked_until > now() THEN b.blocked_until
           WHEN (CASE WHEN b.expires_at <= now() THEN 1 ELSE b.hits + 1 END) > $3
             THEN now() + make_interval(secs => $4 / 1000.0)
           ELSE NULL END
       RETURNING hits,
         GREATEST(0, CEIL(EXTRACT(EPOCH FROM expires_at - now())))::int AS "timeToExpire",
         GREATEST(0, CEIL(EXTRACT(EPOCH FROM COALESCE(blocked_until, now()) - now())))::int AS "timeToBlockExpire"`,
      [`${throttlerName}:${key}`, ttl, limit, blockDuration],
    )) as { hits: number; timeToExpire: number; timeToBlockExpire: number }[];
    return {
      totalHits: row.hits,
      timeToExpire: row.timeToExpire,
      isBlocked: row.timeToBlockExpire > 0,
      timeToBlockExpire: row.timeToBlockExpire,
    };
  }

  @Cron(CronExpression.EVERY_HOUR)
  async deleteExpired(): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM throttle_bucket WHERE expires_at < now() AND (blocked_until IS NULL OR blocked_until < now())',
    );
  }
}
