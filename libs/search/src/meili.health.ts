import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';

@Injectable()
export class MeiliHealthIndicator {
  constructor(
    private readonly client: Meilisearch,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'meilisearch'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    try {
      const { status } = await this.client.health();
      return status === 'available' ? indicator.up() : indicator.down({ message: `status: ${status}` });
    } catch {
      return indicator.down({ message: 'unreachable' });
    }
  }
}
