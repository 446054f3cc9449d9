import { useI18n } from '../../i18n/i18n-context';
import { AGE_BANDS } from '../options';
import { SelectField } from './controls';
import type { SectionProps } from './section-props';

/** District and comune of residence (the comune decides the district), and the age band. */
export function PlaceSection({ values, update, errorOf, lists }: SectionProps) {
  const { t } = useI18n();
  const district = lists.districts.find((item) => item.code === values.districtCode);
  const comuni = (district ? district.comuni : lists.districts.flatMap((item) => item.comuni)).slice().sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const chooseComune = (code: string) => {
    const owner = lists.districts.find((item) => item.comuni.some((comune) => comune.code === code));
    update(owner ? { comuneCode: code, districtCode: owner.code } : { comuneCode: code });
  };
  const chooseDistrict = (code: string) => {
    const keeps = lists.districts.find((item) => item.code === code)?.comuni.some((comune) => comune.code === values.comuneCode);
    update({ districtCode: code, comuneCode: keeps ? values.comuneCode : '' });
  };
  return (
    <section aria-labelledby="form-place-title" className="mb-4">
      <h2 id="form-place-title" className="h4 mb-4">{t('operator.form.place')}</h2>
      <div className="row">
        <SelectField id="candidate-district" className="col-12 col-md-4" label={t('operator.form.district')} value={values.districtCode} onChange={chooseDistrict}
          error={errorOf('input.residenceDistrictCode')}
          options={[{ value: '', label: t('operator.form.districtDefault') }, ...lists.districts.map((item) => ({ value: item.code, label: item.name }))]} />
        <SelectField id="candidate-comune" className="col-12 col-md-4" label={t('operator.form.comune')} value={values.comuneCode} onChange={chooseComune}
          error={errorOf('input.residenceComuneCode')}
          options={[{ value: '', label: t('operator.form.notStated') }, ...comuni.map((comune) => ({ value: comune.code, label: comune.name }))]} />
        <SelectField id="candidate-age" className="col-12 col-md-4" label={t('operator.form.ageBand')} value={values.ageBand}
          onChange={(value) => update({ ageBand: AGE_BANDS.find((band) => band === value) ?? '' })} error={errorOf('input.ageBand')}
          options={[{ value: '', label: t('operator.form.choose') }, ...AGE_BANDS.map((band) => ({ value: band, label: t(`operator.age.${band}`) }))]} />
      </div>
    </section>
  );
}
