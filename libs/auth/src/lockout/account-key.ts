import { hashSecret } from '../secret-token';

/** The key failures are counted under: the same for an e-mail whatever its case or spacing. */
export function accountKeyOf(email: string): string {
  return hashSecret(email.trim().toLowerCase());
}
