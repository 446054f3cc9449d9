import { AlboFiltersDocument } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { useQuery } from '../ui/use-query';
import { AlboViews } from './albo-views';
import { DistrictCompanies } from './district-companies';

/** The public Albo grouped by the 7 districts (from the territory API). */
export function AlboDistrictsPage() {
  const { t } = useI18n();
  const lists = useQuery(AlboFiltersDocument, {});
  return (
    <section aria-labelledby="albo-districts-title">
      <h1 id="albo-districts-title">{t('alboDistricts.title')}</h1>
      <p className="lead">{t('alboDistricts.intro')}</p>
      <AlboViews current="districts" />
      <ErrorAlert error={lists.error} />
      {lists.loading && <Loading />}
      <div className="row g-4">
        {(lists.data?.districts ?? []).map((district) => (
          <div key={district.code} className="col-12 col-md-6 col-lg-4">
            <DistrictCompanies district={district} />
          </div>
        ))}
      </div>
    </section>
  );
}
