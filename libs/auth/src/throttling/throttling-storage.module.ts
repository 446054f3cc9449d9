import { Module } from '@nestjs/common';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';

/** Gives ThrottlerModule's async factory the PostgreSQL storage it must inject. */
@Module({ providers: [PostgresThrottlerStorage], exports: [PostgresThrottlerStorage] })
export class ThrottlingStorageModule {}
