import type { Language } from '../i18n/language';

export type Bilingual = Record<Language, string>;

export interface FieldError {
  field: string;
  messages: Bilingual;
}

/** The first error of a GraphQL answer, with the API's message in both languages. */
export class ApiError extends Error {
  constructor(
    readonly messages: Bilingual,
    readonly code: string,
    readonly reason: string | null,
    readonly fields: FieldError[] = [],
    /** The error's other extensions as the API sent them (e.g. the organisations of a duplicate referral). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(messages.it);
    this.name = 'ApiError';
  }

  /** The message for the language the user reads now (the API sent both). */
  messageIn(language: Language): string {
    return this.messages[language];
  }

  fieldMessage(field: string, language: Language): string | undefined {
    return this.fields.find((error) => error.field === field)?.messages[language];
  }
}

/** Our own words for the case where the API could not be reached at all. */
export const NETWORK_ERROR_MESSAGES: Bilingual = {
  it: 'Il servizio non è raggiungibile. Controlla la connessione e riprova.',
  en: 'The service cannot be reached. Check your connection and try again.',
};

export function networkError(): ApiError {
  return new ApiError(NETWORK_ERROR_MESSAGES, 'NETWORK_ERROR', null);
}
