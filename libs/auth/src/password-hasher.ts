import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes: OWASP's recommendation). */
@Injectable()
export class PasswordHasher {
  private readonly dummy = hash('timing-equaliser', { type: argon2id });

  hash(password: string): Promise<string> {
    return hash(password, { type: argon2id });
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password);
  }

  /** Spends the same time as a real check, so unknown e-mails cannot be told apart by timing. */
  async verifyNothing(password: string): Promise<false> {
    await verify(await this.dummy, password);
    return false;
  }
}
