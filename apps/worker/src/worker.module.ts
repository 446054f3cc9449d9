import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@ipl/audit';
import { CandidatesModule } from '@ipl/candidates';
import { AppConfig, AppConfigModule } from '@ipl/config';
import { ClockModule } from '@ipl/core';
import { DatabaseModule } from '@ipl/data-model';
import { MailModule } from '@ipl/mail';
import { SearchModule } from '@ipl/search';
import { SlotsModule } from '@ipl/slots';

/**
 * The indexing worker: reads the search outbox in PostgreSQL and delivers it to Meilisearch.
 * It holds no state of its own, so several can run against the same database. The libraries
 * that own indexes (slots, candidates) are imported for their document sources, which they
 * register on init: without them the worker and `npm run reindex` would not know the indexes.
 * No ScheduleModule here: the scheduled jobs of those libraries run in the API processes only,
 * so a worker never sends a second reminder.
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
    AuditModule,
    MailModule,
    SlotsModule,
    CandidatesModule,
  ],
})
export class WorkerModule {}
