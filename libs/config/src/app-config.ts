import { Inject, Injectable } from '@nestjs/common';
import { Environment } from './environment';
import { environmentConfig } from './environment.config';

/** Typed, validated configuration; the only way code reads the environment. */
@Injectable()
export class AppConfig {
  constructor(@Inject(environmentConfig.KEY) private readonly environment: Environment) {}

  get<K extends keyof Environment>(key: K): Environment[K] {
    return this.environment[key];
  }

  get isProduction(): boolean {
    return this.environment.NODE_ENV === 'production';
  }
}
