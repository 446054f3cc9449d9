import { useI18n } from '../i18n/i18n-context';
import type { SessionUserFragment } from '../api/generated';

/** The landing page of the roles whose screens come later. */
export function ReservedHome({ user }: { user: SessionUserFragment }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title', { name: user.displayName })}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p>{t('home.soon')}</p>
    </section>
  );
}
