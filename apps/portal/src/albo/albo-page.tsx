import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { AlboFilters, NO_FILTERS, type AlboFilterValues } from './albo-filters';
import { useCursorPages } from '../ui/use-cursor-pages';
import { AlboList } from './albo-list';
import { AlboViews } from './albo-views';
import { LogoCheck } from './logo-check';

/** A district chosen on the district view arrives as `?distretto=CODE`. */
function filtersFromAddress(): AlboFilterValues {
  const districtCode = new URLSearchParams(window.location.search).get('distretto') ?? '';
  return { ...NO_FILTERS, districtCode };
}

/** The public Albo: no sign-in needed. */
export function AlboPage() {
  const { t } = useI18n();
  const [initial] = useState(filtersFromAddress);
  const [filters, setFilters] = useState<AlboFilterValues>(initial);
  const pages = useCursorPages();
  const apply = (values: AlboFilterValues) => {
    setFilters(values);
    pages.reset();
  };
  return (
    <section aria-labelledby="albo-title">
      <h1 id="albo-title">{t('albo.title')}</h1>
      <p className="lead">{t('albo.intro')}</p>
      <AlboViews current="list" />
      <AlboFilters initial={initial} onApply={apply} />
      <AlboList filters={filters} pages={pages} />
      <LogoCheck />
    </section>
  );
}
