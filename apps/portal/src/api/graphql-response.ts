import { ApiError, type Bilingual, type FieldError } from './api-error';

interface RawError {
  message?: unknown;
  extensions?: { code?: unknown; reason?: unknown; messages?: unknown; fields?: unknown; [other: string]: unknown };
}

export interface GraphqlResponse<TData> {
  data?: TData | null;
  errors?: RawError[];
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && 'it' in value && 'en' in value && typeof value.it === 'string' && typeof value.en === 'string';
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): FieldError[] => {
    if (typeof item !== 'object' || item === null || !('field' in item) || !('messages' in item)) return [];
    const { field, messages } = item;
    return typeof field === 'string' && isBilingual(messages) ? [{ field, messages }] : [];
  });
}

/** The API's first error as an ApiError; its message stays as sent when it carries no translations. */
export function toApiError(error: RawError): ApiError {
  const extensions = error.extensions ?? {};
  const message = typeof error.message === 'string' ? error.message : 'Error';
  const messages = isBilingual(extensions.messages) ? extensions.messages : { it: message, en: message };
  const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
  const reason = typeof extensions.reason === 'string' ? extensions.reason : null;
  const { code: _code, reason: _reason, messages: _messages, fields: _fields, ...details } = extensions;
  return new ApiError(messages, code, reason, fieldErrors(extensions.fields), details);
}
