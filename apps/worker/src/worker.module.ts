import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AppConfigModule } from '@ipl/config';
import { ClockModule } from '@ipl/core';
import { DatabaseModule } from '@ipl/data-model';
import { SearchModule } from '@ipl/search';

/**
 * The indexing worker: reads the search outbox in PostgreSQL and delivers it to Meilisearch.
 * It holds no state of its own, so several can run against the same database. The libraries
 * that own indexes (slots, candidates) register their document sources here as they land.
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
    ScheduleModule.forRoot(),
  ],
})
export class WorkerModule {}
