import { useI18n } from './i18n/i18n-context';
import { Link } from './ui/router';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </section>
  );
}
