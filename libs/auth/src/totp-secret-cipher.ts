import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { AppConfig } from '@ipl/config';

const SEALED = 'v1';

/**
 * TOTP secrets are stored sealed with AES-256-GCM under TOTP_SECRET_KEY: a copy of the database
 * alone does not let anyone compute a user's codes. A tampered value fails to open.
 */
@Injectable()
export class TotpSecretCipher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    const secret = config.get('TOTP_SECRET_KEY');
    if (!secret) throw new Error('TOTP_SECRET_KEY is not set (required to store second-factor secrets)');
    // Any string of at least 32 characters becomes a 256-bit key.
    this.key = createHash('sha256').update(secret).digest();
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [SEALED, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
  }

  open(stored: string): string {
    const [version, iv, tag, sealed] = stored.split('.');
    // Secrets enrolled before sealing was introduced are plain base32 (no dots): still honoured.
    if (version !== SEALED || !iv || !tag || !sealed) return stored;
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  }
}
