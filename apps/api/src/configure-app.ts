import { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { createValidationPipe } from '@ipl/core';

/** Everything main.ts and the tests set on the app, so that tests run the app users run. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({ origin: false });
  return app;
}
