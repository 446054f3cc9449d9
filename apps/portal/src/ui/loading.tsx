import { Spinner } from 'design-react-kit';
import { useI18n } from '../i18n/i18n-context';

/** Progress for anything that takes a moment; the text is read out by screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="d-flex align-items-center gap-3 my-3" role="status" aria-live="polite">
      <Spinner active small />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
