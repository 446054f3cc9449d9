import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Paths the API answers itself; the portal never shadows them. */
const API_PATHS = /^\/(graphql|health)(\/|$)/;

/**
 * The built portal (apps/portal/dist), found from this file both in dist/ and in the sources
 * the tests run; undefined when it has not been built.
 */
export function findPortalDirectory(from = __dirname): string | undefined {
  for (let directory = from; directory !== dirname(directory); directory = dirname(directory)) {
    const candidate = join(directory, 'apps', 'portal', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return undefined;
}

/**
 * Serves the portal at `/`: its files, and index.html for any other page the browser asks for
 * (the portal routes on the client). Hashed assets are cached for a year, index.html never.
 */
export function servePortal(server: Express, directory: string): void {
  const index = join(directory, 'index.html');
  server.use(
    express.static(directory, {
      index: false,
      setHeaders: (response, path) => {
        response.setHeader('Cache-Control', path.includes(`${join(directory, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  server.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && request.accepts(['html', 'json']) === 'html';
    if (!wantsPage || API_PATHS.test(request.path) || /\.[a-z0-9]+$/i.test(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
