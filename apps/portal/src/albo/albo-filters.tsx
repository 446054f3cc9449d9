import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { AlboFiltersDocument } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { LabelledSelect } from '../ui/labelled-select';
import { useQuery } from '../ui/use-query';

export interface AlboFilterValues {
  districtCode: string;
  sectorCode: string;
  sectionCode: string;
}

export const NO_FILTERS: AlboFilterValues = { districtCode: '', sectorCode: '', sectionCode: '' };

/** District, ATECO sector and Albo section, applied together. */
export function AlboFilters({ initial = NO_FILTERS, onApply }: { initial?: AlboFilterValues; onApply: (values: AlboFilterValues) => void }) {
  const { t } = useI18n();
  const lists = useQuery(AlboFiltersDocument, {});
  const [values, setValues] = useState<AlboFilterValues>(initial);
  const set = (key: keyof AlboFilterValues) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const reset = () => {
    setValues(NO_FILTERS);
    onApply(NO_FILTERS);
  };
  const data = lists.data;
  return (
    <form onSubmit={submit} aria-labelledby="albo-filters-title" className="mb-4">
      <h2 id="albo-filters-title" className="h4">{t('albo.filters')}</h2>
      <ErrorAlert error={lists.error} />
      <div className="row mt-3">
        <LabelledSelect className="col-12 col-md-4" id="filter-district" label={t('albo.district')} emptyLabel={t('albo.any')} value={values.districtCode} onChange={set('districtCode')}
          options={(data?.districts ?? []).map((district) => ({ value: district.code, label: district.name }))} />
        <LabelledSelect className="col-12 col-md-4" id="filter-sector" label={t('albo.sector')} emptyLabel={t('albo.any')} value={values.sectorCode} onChange={set('sectorCode')}
          options={(data?.atecoSections ?? []).map((sector) => ({ value: sector.code, label: `${sector.code} · ${sector.label}` }))} />
        <LabelledSelect className="col-12 col-md-4" id="filter-section" label={t('albo.section')} emptyLabel={t('albo.anySection')} value={values.sectionCode} onChange={set('sectionCode')}
          options={(data?.alboSections ?? []).map((section) => ({ value: section.code, label: section.name }))} />
      </div>
      <div className="d-flex gap-3">
        <Button type="submit" color="primary">{t('albo.apply')}</Button>
        <Button type="button" color="primary" outline onClick={reset}>{t('albo.reset')}</Button>
      </div>
    </form>
  );
}
