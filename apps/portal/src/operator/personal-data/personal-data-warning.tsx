import { useI18n } from '../../i18n/i18n-context';
import type { PersonalDataKind } from './detector';

/**
 * The live warning under a free-text field. The region is always there, so screen readers
 * announce the warning when it appears, not only when the field is focused again.
 */
export function PersonalDataWarning({ id, kinds }: { id: string; kinds: readonly PersonalDataKind[] }) {
  const { t, language } = useI18n();
  const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(kinds.map((kind) => t(`operator.pd.${kind}`)));
  return (
    <div id={id} aria-live="polite" className="mt-2">
      {kinds.length > 0 && (
        <div className="alert alert-warning mb-0 py-2">
          {t('operator.pd.warning', { kinds: names })}
        </div>
      )}
    </div>
  );
}
