import { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@ipl/config';
import { createValidationPipe } from '@ipl/core';
import { findPortalDirectory, servePortal } from './portal/serve-portal';
import { securityHeaders } from './security-headers';

/** Everything main.ts and the tests set on the app, so that tests run the app users run. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({ origin: false });
  const server = app.getHttpAdapter().getInstance() as Express;
  server.disable('x-powered-by');
  const trustProxy = app.get(AppConfig).get('TRUST_PROXY');
  if (trustProxy) server.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy.split(',').map((entry) => entry.trim()));
  server.use(securityHeaders());
  const portal = findPortalDirectory();
  if (portal) servePortal(server, portal);
  return app;
}
