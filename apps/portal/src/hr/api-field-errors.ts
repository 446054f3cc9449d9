import { useCallback } from 'react';
import type { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';

/**
 * The API's message for one input field (e.g. `input.hoursPerWeek`), in the user's language,
 * without the field path the API puts in front of it: the field's label already says which.
 */
export function useFieldErrors(error: ApiError | null): (field: string) => string | undefined {
  const { language } = useI18n();
  return useCallback(
    (field: string) => {
      const message = error?.fieldMessage(field, language);
      return message?.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
    },
    [error, language],
  );
}
