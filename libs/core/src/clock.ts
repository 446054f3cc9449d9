import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The time as rules see it. Scheduled jobs and deadlines read it instead of `new Date()` so
 * that a test can move it (e.g. past a logo's expiry) with the real database underneath.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
