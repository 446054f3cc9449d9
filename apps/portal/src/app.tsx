import { useEffect } from 'react';
import { useI18n } from './i18n/i18n-context';
import { SiteFooter } from './layout/site-footer';
import { SiteHeader } from './layout/site-header';
import { Routes } from './routes';
import { usePath } from './ui/router';

export function App() {
  const { t } = useI18n();
  const path = usePath();
  useEffect(() => {
    document.title = `${t('app.name')} · ${t('app.owner')}`;
  }, [t]);
  return (
    <>
      <a className="visually-hidden-focusable skiplink-item" href="#main">
        {t('skip.content')}
      </a>
      <SiteHeader path={path} />
      <main id="main" className="container my-5">
        <Routes path={path} />
      </main>
      <SiteFooter />
    </>
  );
}
