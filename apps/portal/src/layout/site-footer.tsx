import { useI18n } from '../i18n/i18n-context';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="it-footer mt-5">
      <div className="it-footer-main py-4">
        <div className="container text-white">
          <p className="fw-semibold mb-1">{t('footer.protocol')}</p>
          <p className="mb-0 small">{t('footer.partners')}</p>
        </div>
      </div>
    </footer>
  );
}
