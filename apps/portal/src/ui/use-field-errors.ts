import { useCallback } from 'react';
import type { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from './api-field-message';

/** apiFieldMessage bound to one error and the user's language, for forms with many fields. */
export function useFieldErrors(error: ApiError | null): (field: string) => string | undefined {
  const { language } = useI18n();
  return useCallback((field: string) => apiFieldMessage(error, field, language), [error, language]);
}
