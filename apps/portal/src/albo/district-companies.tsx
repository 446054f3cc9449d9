import { AlboDocument } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link } from '../ui/router';
import { useQuery } from '../ui/use-query';

// A glance per district; the whole list is one link away, paginated with the filters.
const SHOWN = 5;

/** One district's card: how many companies, the newest few, and the link to all of them. */
export function DistrictCompanies({ district }: { district: { code: string; name: string } }) {
  const { t } = useI18n();
  const albo = useQuery(AlboDocument, { first: SHOWN, districtCode: district.code });
  const result = albo.data?.albo;
  const headingId = `district-${district.code}`;
  return (
    <article className="card card-bg shadow-sm h-100" aria-labelledby={headingId} aria-busy={albo.loading}>
      <div className="card-body">
        <h2 id={headingId} className="h4 card-title">{district.name}</h2>
        <ErrorAlert error={albo.error} />
        {albo.loading && <Loading />}
        {result && (
          <>
            <p className="fw-semibold">
              {result.totalCount === 1 ? t('alboDistricts.countOne') : t('alboDistricts.count', { count: formatNumber(result.totalCount) })}
            </p>
            {result.totalCount === 0 ? (
              <p>{t('alboDistricts.empty')}</p>
            ) : (
              <ul aria-label={t('alboDistricts.companiesOf', { district: district.name })}>
                {result.nodes.map((entry) => (
                  <li key={entry.companyId}>
                    {entry.legalName}
                    {entry.comune && <span className="text-secondary"> · {entry.comune.name}</span>}
                  </li>
                ))}
              </ul>
            )}
            {result.totalCount > 0 && (
              <Link href={`/?distretto=${encodeURIComponent(district.code)}`}>
                {t('alboDistricts.all', { district: district.name })}
              </Link>
            )}
          </>
        )}
      </div>
    </article>
  );
}
