import type { AppConfig } from '@ipl/config';
import { TotpSecretCipher } from './totp-secret-cipher';

function cipherWith(key: string | undefined): TotpSecretCipher {
  return new TotpSecretCipher({ get: () => key } as unknown as AppConfig);
}

describe('TotpSecretCipher', () => {
  const cipher = cipherWith('a-test-key-of-at-least-32-characters!');
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('opens what it sealed, and the sealed form does not contain the secret', () => {
    const sealed = cipher.seal(secret);
    expect(sealed).not.toContain(secret);
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(cipher.open(sealed)).toBe(secret);
  });

  it('seals the same secret differently each time (random IV)', () => {
    expect(cipher.seal(secret)).not.toBe(cipher.seal(secret));
  });

  it('refuses a tampered value or another key', () => {
    const [version, iv, tag, body] = cipher.seal(secret).split('.');
    const flipped = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    expect(() => cipher.open([version, iv, tag, flipped].join('.'))).toThrow();
    expect(() => cipherWith('another-key-of-at-least-32-characters').open(cipher.seal(secret))).toThrow();
  });

  it('honours a plain secret enrolled before sealing', () => {
    expect(cipher.open(secret)).toBe(secret);
  });

  it('will not start without its key', () => {
    expect(() => cipherWith(undefined)).toThrow(/TOTP_SECRET_KEY/);
  });
});
