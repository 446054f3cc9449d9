import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AppConfigModule } from '@ipl/config';
import { ClockModule } from '@ipl/core';
import { DatabaseModule } from '@ipl/data-model';
import { MatchIndexModule } from '@ipl/match-index';
import { SearchModule } from '@ipl/search';

/**
 * The indexing worker: reads the search outbox in PostgreSQL and delivers it to Meilisearch.
 * It holds no state of its own, so several can run against the same database. The match index
 * registers its document sources on init: without it the worker and `npm run reindex` would
 * not know the indexes. No domain module and no ScheduleModule here: the scheduled jobs run in
 * the API processes only, so a worker never sends a second reminder.
 */
@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.get('LOG_LEVEL'), customProps: () => ({ service: 'worker' }) } }),
    }),
    DatabaseModule,
    SearchModule,
    MatchIndexModule,
  ],
})
export class WorkerModule {}
