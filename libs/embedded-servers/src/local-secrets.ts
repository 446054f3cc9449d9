import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LocalSecrets {
  JWT_SECRET: string;
  MEILI_MASTER_KEY: string;
  DUPLICATE_CHECK_PEPPER: string;
  TOTP_SECRET_KEY: string;
}

function generate(): LocalSecrets {
  return {
    JWT_SECRET: randomBytes(48).toString('base64url'),
    MEILI_MASTER_KEY: randomBytes(24).toString('base64url'),
    DUPLICATE_CHECK_PEPPER: randomBytes(48).toString('base64url'),
    TOTP_SECRET_KEY: randomBytes(48).toString('base64url'),
  };
}

/**
 * Secrets for a machine that runs everything locally: generated once and kept beside the
 * embedded servers' data, so that restarting `npm start` keeps sessions and the index valid.
 * Production passes real secrets through the environment instead.
 */
export async function loadOrCreateLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = join(dataDir, 'local-secrets.json');
  const stored = (await readFile(file, 'utf8').then((text) => JSON.parse(text) as Partial<LocalSecrets>, () => null)) ?? {};
  // A data directory made before a secret existed gets that secret added; the others are kept.
  const secrets: LocalSecrets = { ...generate(), ...stored };
  if (Object.keys(secrets).some((key) => !stored[key as keyof LocalSecrets])) {
    await mkdir(dataDir, { recursive: true, mode: 0o755 });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
