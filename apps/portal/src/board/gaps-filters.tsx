import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LabelledSelect } from '../ui/labelled-select';
import { PeriodFields } from './period-fields';
import type { ReferenceData } from './reference-data';

export interface GapFilters {
  period: string;
  districtCode: string;
  skillGroupCode: string;
}

interface GapsFiltersProps {
  initial: GapFilters;
  reference: ReferenceData;
  /** Coordinators see their own district only: no district to choose. */
  chooseDistrict: boolean;
  onApply: (filters: GapFilters) => void;
}

export function GapsFilters({ initial, reference, chooseDistrict, onApply }: GapsFiltersProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const set = (key: keyof GapFilters) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form onSubmit={submit} className="mb-4" aria-label={t('board.gaps.filters')}>
      <div className="row mt-3">
        <PeriodFields idPrefix="gaps" value={values.period} onChange={set('period')} />
        {chooseDistrict && (
          <LabelledSelect className="col-12 col-md-3" id="gaps-district" label={t('board.filters.district')} emptyLabel={t('board.filters.allDistricts')} value={values.districtCode} onChange={set('districtCode')}
            options={(reference.data?.districts ?? []).map((district) => ({ value: district.code, label: district.name }))} />
        )}
        <LabelledSelect className="col-12 col-md-3" id="gaps-group" label={t('board.filters.skillGroup')} emptyLabel={t('board.filters.allSkillGroups')} value={values.skillGroupCode} onChange={set('skillGroupCode')}
          options={(reference.data?.skillGroups ?? []).map((group) => ({ value: group.code, label: group.label }))} />
      </div>
      <Button type="submit" color="primary">{t('board.filters.apply')}</Button>
    </form>
  );
}
