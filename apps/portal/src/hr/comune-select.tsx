import type { HrTerritoryQuery } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { SelectField } from './hr-fields';

export type Territory = HrTerritoryQuery['districts'];

export interface Place {
  districtCode: string;
  comuneCode: string;
}

/** The district of a comune, for forms that start from a saved comune. */
export function districtOfComune(territory: Territory, comuneCode: string): string {
  return territory.find((district) => district.comuni.some((comune) => comune.code === comuneCode))?.code ?? '';
}

interface ComuneSelectProps {
  id: string;
  territory: Territory;
  value: Place;
  onChange: (place: Place) => void;
  error?: string;
  className?: string;
}

/** A district, then one of its comuni: 55 comuni are easier to find seven at a time. */
export function ComuneSelect({ id, territory, value, onChange, error, className }: ComuneSelectProps) {
  const { t } = useI18n();
  const district = territory.find((candidate) => candidate.code === value.districtCode);
  const chooseDistrict = (districtCode: string) => {
    const keeps = territory.find((candidate) => candidate.code === districtCode)?.comuni.some((comune) => comune.code === value.comuneCode);
    onChange({ districtCode, comuneCode: keeps ? value.comuneCode : '' });
  };
  const chooseComune = (comuneCode: string) => onChange({ districtCode: value.districtCode || districtOfComune(territory, comuneCode), comuneCode });
  return (
    <div className={`row ${className ?? ''}`}>
      <SelectField id={`${id}-district`} label={t('hr.place.district')} className="col-12 col-md-6" value={value.districtCode} onChange={(event) => chooseDistrict(event.target.value)}>
        <option value="">{t('hr.place.anyDistrict')}</option>
        {territory.map((candidate) => (
          <option key={candidate.code} value={candidate.code}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${id}-comune`} label={t('hr.place.comune')} className="col-12 col-md-6" value={value.comuneCode} error={error} required onChange={(event) => chooseComune(event.target.value)}>
        <option value="">{t('hr.place.chooseComune')}</option>
        {district
          ? district.comuni.map((comune) => (
              <option key={comune.code} value={comune.code}>
                {comune.name}
              </option>
            ))
          : territory.map((group) => (
              <optgroup key={group.code} label={group.name}>
                {group.comuni.map((comune) => (
                  <option key={comune.code} value={comune.code}>
                    {comune.name}
                  </option>
                ))}
              </optgroup>
            ))}
      </SelectField>
    </div>
  );
}
