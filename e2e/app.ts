import { createTestApp, TestApp, TestAppOptions } from '@ipl/testing';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';

/** The API as main.ts builds it, on this test file's own database. */
export function startApi(options?: TestAppOptions): Promise<TestApp> {
  return createTestApp(AppModule, configureApp, options);
}
