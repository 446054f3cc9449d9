import type { ApiError } from '../api/api-error';
import type { Language } from '../i18n/language';

/**
 * The API's message for one input field (named as in the variables, e.g. `input.password`),
 * without the field path in front: the input's own label already says which field it is.
 */
export function apiFieldMessage(error: ApiError | null, field: string, language: Language): string | undefined {
  const message = error?.fieldMessage(field, language);
  return message?.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
