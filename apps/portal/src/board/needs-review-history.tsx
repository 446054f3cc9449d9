import type { BoardNeedsReviewFragment } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import { formatDateTime } from './format-date-time';

export function NeedsReviewHistory({ reviews }: { reviews: BoardNeedsReviewFragment[] }) {
  const { t } = useI18n();
  if (reviews.length === 0) return <p>{t('board.history.empty')}</p>;
  return (
    <DataTable caption={t('board.history.caption')} hiddenCaption striped
      columns={[t('board.history.col.when'), t('board.history.col.action'), t('board.history.col.detail'), t('board.history.col.company')]}>
      {reviews.map((review) => (
        <tr key={review.id}>
          <th scope="row">{formatDateTime(review.createdAt)}</th>
          <td>{t(`board.history.action.${review.action}`)}</td>
          <td>{review.comment ?? (review.priority ? t(`board.priority.${review.priority}`) : t('common.none'))}</td>
          <td>{review.actorCompany?.legalName ?? t('common.none')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
