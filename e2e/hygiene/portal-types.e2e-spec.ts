import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const PORTAL = resolve(__dirname, '../../apps/portal');
const CODEGEN = resolve(__dirname, '../../node_modules/@graphql-codegen/cli/cjs/bin.js');

describe("the portal's generated GraphQL types", () => {
  it('match schema/schema.gql and the operations (npm run portal:codegen rewrites them)', async () => {
    // --check exits non-zero when the committed apps/portal/src/api/generated.ts would change.
    const run = promisify(execFile)(process.execPath, [CODEGEN, '--config', 'codegen.yml', '--check', '--silent'], { cwd: PORTAL });
    await expect(run).resolves.toBeDefined();
  }, 60_000);
});
