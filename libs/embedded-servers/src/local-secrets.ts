import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LocalSecrets {
  JWT_SECRET: string;
  MEILI_MASTER_KEY: string;
  DUPLICATE_CHECK_PEPPER: string;
}

/**
 * Secrets for a machine that runs everything locally: generated once and kept beside the
 * embedded servers' data, so that restarting `npm start` keeps sessions and the index valid.
 * Production passes real secrets through the environment instead.
 */
export async function loadOrCreateLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = join(dataDir, 'local-secrets.json');
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<LocalSecrets>;
    if (stored.JWT_SECRET && stored.MEILI_MASTER_KEY) {
      if (stored.DUPLICATE_CHECK_PEPPER) return stored as LocalSecrets;
      // A data directory made before the duplicate check: add its pepper, keep the rest.
      const secrets: LocalSecrets = { ...(stored as LocalSecrets), DUPLICATE_CHECK_PEPPER: randomBytes(48).toString('base64url') };
      await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
      return secrets;
    }
    throw new Error('incomplete local secrets');
  } catch {
    const secrets: LocalSecrets = {
      JWT_SECRET: randomBytes(48).toString('base64url'),
      MEILI_MASTER_KEY: randomBytes(24).toString('base64url'),
      DUPLICATE_CHECK_PEPPER: randomBytes(48).toString('base64url'),
    };
    await mkdir(dataDir, { recursive: true, mode: 0o755 });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}
