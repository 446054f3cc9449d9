import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret for one-time and refresh tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored as SHA-256: they are long random secrets, so a slow hash adds nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
