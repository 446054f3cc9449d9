import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@ipl/access';
import { MeiliHealthIndicator } from '@ipl/search';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly meilisearch: MeiliHealthIndicator,
  ) {}

  /** 200 when PostgreSQL and Meilisearch answer, 503 otherwise (for load balancers and probes). */
  @Public()
  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('postgres'), () => this.meilisearch.isHealthy()]);
  }
}
