import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AccessGuard } from '@ipl/access';
import { AlboModule } from '@ipl/albo';
import { AuditModule } from '@ipl/audit';
import { AuthModule } from '@ipl/auth';
import { CandidatesModule } from '@ipl/candidates';
import { BoardModule } from '@ipl/board';
import { CompaniesModule } from '@ipl/companies';
import { AppConfig, AppConfigModule } from '@ipl/config';
import { ClockModule, GraphqlExceptionFilter, QueryBudgetGuard } from '@ipl/core';
import { DatabaseModule } from '@ipl/data-model';
import { MailModule } from '@ipl/mail';
import { MatchingModule } from '@ipl/matching';
import { NeedsModule } from '@ipl/needs';
import { NotificationsModule } from '@ipl/notifications';
import { OrganisationsModule } from '@ipl/organisations';
import { ProjectsModule } from '@ipl/projects';
import { ProposalsModule } from '@ipl/proposals';
import { ReportsModule } from '@ipl/reports';
import { SearchModule } from '@ipl/search';
import { SkillsModule } from '@ipl/skills';
import { SlotsModule } from '@ipl/slots';
import { TerritoryModule } from '@ipl/territory';
import { DemoModule } from './demo/demo.module';
import { graphqlOptions } from './graphql.options';
import { HealthController } from './health.controller';
import { loggerOptions } from './logger.options';

@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    DatabaseModule,
    SearchModule,
    ScheduleModule.forRoot(),
    TerminusModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, inject: [AppConfig], useFactory: graphqlOptions }),
    AuditModule,
    MailModule,
    TerritoryModule,
    SkillsModule,
    CompaniesModule,
    AlboModule,
    BoardModule,
    SlotsModule,
    OrganisationsModule,
    CandidatesModule,
    MatchingModule,
    AuthModule,
    NotificationsModule,
    ProposalsModule,
    NeedsModule,
    ProjectsModule,
    ReportsModule,
    DemoModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: QueryBudgetGuard },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class AppModule {}
