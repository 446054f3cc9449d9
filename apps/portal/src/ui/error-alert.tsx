import { Alert } from 'design-react-kit';
import type { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';

/** The API's message in the language the user reads now; announced to screen readers. */
export function ErrorAlert({ error }: { error: ApiError | null }) {
  const { language, t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="danger" role="alert">
      <strong>{t('errors.title')}:</strong> {error.messageIn(language)}
    </Alert>
  );
}
