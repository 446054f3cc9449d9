import { Button } from 'design-react-kit';
import { useI18n } from '../i18n/i18n-context';
import type { CursorPages } from './use-cursor-pages';

interface PagerProps {
  pages: CursorPages;
  pageInfo: { endCursor: string | null; hasNextPage: boolean } | undefined;
  disabled: boolean;
}

export function Pager({ pages, pageInfo, disabled }: PagerProps) {
  const { t } = useI18n();
  const endCursor = pageInfo?.hasNextPage ? pageInfo.endCursor : null;
  if (pages.page === 1 && !endCursor) return null;
  return (
    <nav className="d-flex align-items-center justify-content-between my-4" aria-label={t('pager.label')}>
      <Button color="primary" outline disabled={disabled || pages.page === 1} onClick={pages.previous}>
        {t('pager.previous')}
      </Button>
      <span aria-live="polite">{t('pager.page', { page: pages.page })}</span>
      <Button color="primary" outline disabled={disabled || !endCursor} onClick={() => endCursor && pages.next(endCursor)}>
        {t('pager.next')}
      </Button>
    </nav>
  );
}
