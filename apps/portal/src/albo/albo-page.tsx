import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { AlboFilters, NO_FILTERS, type AlboFilterValues } from './albo-filters';
import { useCursorPages } from '../ui/use-cursor-pages';
import { AlboList } from './albo-list';
import { LogoCheck } from './logo-check';

/** The public Albo: no sign-in needed. */
export function AlboPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<AlboFilterValues>(NO_FILTERS);
  const pages = useCursorPages();
  const apply = (values: AlboFilterValues) => {
    setFilters(values);
    pages.reset();
  };
  return (
    <section aria-labelledby="albo-title">
      <h1 id="albo-title">{t('albo.title')}</h1>
      <p className="lead">{t('albo.intro')}</p>
      <AlboFilters onApply={apply} />
      <AlboList filters={filters} pages={pages} />
      <LogoCheck />
    </section>
  );
}
