import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@ipl/config';
import { dataSourceOptions } from './data-source-options';

/** The PostgreSQL connection of the API and the worker; the schema comes from migrations only. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const url = config.get('DATABASE_URL');
        if (!url) throw new Error('DATABASE_URL is not set and no embedded PostgreSQL was started');
        return { ...dataSourceOptions(url), retryAttempts: 3, retryDelay: 1000 };
      },
    }),
  ],
})
export class DatabaseModule {}
