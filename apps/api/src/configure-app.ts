import { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import { Logger } from 'nestjs-pino';
import { createValidationPipe } from '@ipl/core';

/** Everything main.ts and the tests set on the app, so that tests run the app users run. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({ origin: false });
  (app.getHttpAdapter().getInstance() as Express).disable('x-powered-by');
  return app;
}
