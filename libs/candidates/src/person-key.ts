import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '@ipl/config';
import { isValidCodiceFiscale, normaliseCodiceFiscale } from '@ipl/personal-data';
import { CandidateError, CandidateErrorCode } from './candidates.errors';

/**
 * Turns the codice fiscale an operator types into the only trace of it the server keeps:
 * HMAC-SHA256(pepper, normalised code). Without the pepper the key cannot be recomputed from a
 * list of codes; the code itself is never stored, logged or returned.
 */
@Injectable()
export class PersonKeys {
  private readonly pepper: string;

  constructor(config: AppConfig) {
    const pepper = config.get('DUPLICATE_CHECK_PEPPER');
    if (!pepper) throw new Error('DUPLICATE_CHECK_PEPPER is not set (required for the candidates duplicate check)');
    this.pepper = pepper;
  }

  /** Validates format, check character and omocodia, then returns the hex HMAC. */
  keyOf(codiceFiscale: string): string {
    if (!isValidCodiceFiscale(codiceFiscale)) throw new CandidateError(CandidateErrorCode.INVALID_CODICE_FISCALE, {}, {
      fields: [{ field: 'input.codiceFiscale', messages: { it: 'Codice fiscale non valido', en: 'Invalid codice fiscale' } }],
    });
    return createHmac('sha256', this.pepper).update(normaliseCodiceFiscale(codiceFiscale)).digest('hex');
  }
}
