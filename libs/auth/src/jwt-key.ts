import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * The access tokens' HS256 key as a KeyObject. Given a string, jsonwebtoken first tries it as a
 * PEM key and catches the failure, on every token it checks: ~0.8 ms of CPU per request
 * (measured with `npm run bench`'s `me` floor), about a tenth of an authenticated request.
 */
export function jwtKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
