import { GraphqlErrorCode } from './graphql-error-code';
import { LocalisedMessage } from './localised-message';

export interface FieldError {
  /** Path of the input field, e.g. `input.partitaIva`. */
  field: string;
  messages: LocalisedMessage;
}

export interface DomainErrorDefinition {
  code: GraphqlErrorCode;
  it: string;
  en: string;
}

/**
 * What services throw. `reason` is the library's own stable code (e.g. SLOT_NOT_PUBLISHABLE);
 * `code` is the GraphQL code it maps to. The one exception filter turns it into a GraphQL error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: GraphqlErrorCode,
    readonly reason: string,
    readonly messages: LocalisedMessage,
    readonly details: { fields?: FieldError[] } & Record<string, unknown> = {},
  ) {
    super(messages.en);
    this.name = 'DomainError';
  }
}

type Interpolate = Record<string, string | number>;

function fill(template: string, values: Interpolate): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * Builds a library's error class from its table of codes, so that each code's GraphQL code
 * and both messages are declared once, beside the code.
 */
export function defineDomainErrors<Reason extends string>(table: Record<Reason, DomainErrorDefinition>) {
  return class LibraryError extends DomainError {
    constructor(reason: Reason, values: Interpolate = {}, details: Record<string, unknown> = {}) {
      const definition = table[reason];
      super(definition.code, reason, { it: fill(definition.it, values), en: fill(definition.en, values) }, details);
    }
  };
}
