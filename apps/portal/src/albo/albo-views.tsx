import { useI18n } from '../i18n/i18n-context';
import { Link } from '../ui/router';

export const ALBO_BY_DISTRICT_PATH = '/albo/distretti';

/** The two ways to read the public Albo: the filtered list and the districts. */
export function AlboViews({ current }: { current: 'list' | 'districts' }) {
  const { t } = useI18n();
  const views = [
    { key: 'list', href: '/', label: t('alboDistricts.list') },
    { key: 'districts', href: ALBO_BY_DISTRICT_PATH, label: t('alboDistricts.byDistrict') },
  ];
  return (
    <nav aria-label={t('alboDistricts.nav')} className="mb-4">
      <ul className="nav nav-tabs">
        {views.map((view) => (
          <li key={view.key} className="nav-item">
            <Link href={view.href} className={`nav-link${view.key === current ? ' active' : ''}`} aria-current={view.key === current ? 'page' : undefined}>
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
