import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { TestApp } from '@ipl/testing';
import { DemoSeedService } from '../../apps/api/src/demo/demo-seed.service';
import { startApi } from '../app';
import { openBrowser, type Browser } from './browser';

const PORTAL_INDEX = resolve(__dirname, '../../apps/portal/dist/index.html');

export interface PortalServer {
  api: TestApp;
  url: string;
  close(): Promise<void>;
}

/** The real API, serving the built portal on a free loopback port, with the demo data. */
export async function startPortal(): Promise<PortalServer> {
  if (!existsSync(PORTAL_INDEX)) throw new Error(`The portal is not built (${PORTAL_INDEX}): run npm run build`);
  const api = await startApi();
  await api.app.get(DemoSeedService).seed();
  await new Promise<void>((done) => api.server.listen(0, '127.0.0.1', done));
  const { port } = api.server.address() as AddressInfo;
  return { api, url: `http://127.0.0.1:${port}`, close: () => api.close() };
}

/**
 * The portal and a fresh browser, started side by side: each takes seconds, mostly waiting on
 * other processes. Neither is left running when the other fails to start.
 */
export async function startPortalAndBrowser(): Promise<{ portal: PortalServer; browser: Browser }> {
  const [portal, browser] = await Promise.allSettled([startPortal(), openBrowser()]);
  if (portal.status === 'fulfilled' && browser.status === 'fulfilled') return { portal: portal.value, browser: browser.value };
  await Promise.allSettled([portal, browser].map((started) => (started.status === 'fulfilled' ? started.value.close() : undefined)));
  throw [portal, browser].find((started) => started.status === 'rejected')?.reason;
}
