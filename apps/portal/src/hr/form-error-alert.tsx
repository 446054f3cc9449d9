import { Alert } from 'design-react-kit';
import type { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';

/**
 * The API's message for a refused form, in the user's language, with the field paths it names
 * (`input.hoursPerWeek`) read as the labels the user sees ("Ore a settimana").
 */
export function FormErrorAlert({ error, labels }: { error: ApiError | null; labels: Record<string, string> }) {
  const { language, t } = useI18n();
  if (!error) return null;
  // Longest paths first, so that `input.lines.0.occupation` is not read as `input.lines` plus a tail.
  const fields = Object.keys(labels).sort((a, b) => b.length - a.length);
  const message = fields.reduce((text, field) => text.split(field).join(labels[field]), error.messageIn(language));
  return (
    <Alert color="danger" role="alert">
      <strong>{t('errors.title')}:</strong> {message}
    </Alert>
  );
}
