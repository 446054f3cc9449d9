import { Table } from 'design-react-kit';
import type { BoardNeedsReviewFragment } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { formatDateTime } from './format-date-time';

export function NeedsReviewHistory({ reviews }: { reviews: BoardNeedsReviewFragment[] }) {
  const { t } = useI18n();
  if (reviews.length === 0) return <p>{t('board.history.empty')}</p>;
  return (
    <div className="table-responsive">
      <Table striped>
        <caption className="visually-hidden">{t('board.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.history.col.when')}</th>
            <th scope="col">{t('board.history.col.action')}</th>
            <th scope="col">{t('board.history.col.detail')}</th>
            <th scope="col">{t('board.history.col.company')}</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((review) => (
            <tr key={review.id}>
              <th scope="row">{formatDateTime(review.createdAt)}</th>
              <td>{t(`board.history.action.${review.action}`)}</td>
              <td>{review.comment ?? (review.priority ? t(`board.priority.${review.priority}`) : t('common.none'))}</td>
              <td>{review.actorCompany?.legalName ?? t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
