import { useState } from 'react';
import { OperatorCandidatesToReconfirmDocument, type OperatorCandidateRowFragment } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { Link } from '../ui/router';
import type { CursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { residenceOf } from './candidate-place';
import { ReconfirmButton, type Reconfirmed } from './reconfirm-button';

const PAGE_SIZE = 5;
const COMPLETE = 100;

function TodoRow({ candidate, now, onReconfirmed }: { candidate: OperatorCandidateRowFragment; now: number; onReconfirmed: (result: Reconfirmed) => void }) {
  const { t } = useI18n();
  const incomplete = candidate.completeness < COMPLETE;
  const due = formatDate(candidate.reconfirmDueAt);
  let reason = new Date(candidate.reconfirmDueAt).getTime() <= now ? t('operator.todo.overdue', { date: due }) : t('operator.todo.dueSoon', { date: due });
  if (incomplete) reason = t('operator.todo.incomplete', { value: candidate.completeness });
  const href = `/area-riservata/persone/${candidate.id}`;
  return (
    <tr>
      <th scope="row"><Link href={href}>{candidate.publicCode}</Link></th>
      <td>{reason}</td>
      <td>{residenceOf(candidate, t('common.none'))}</td>
      <td>
        {incomplete ? (
          <Link href={href} className="btn btn-outline-primary btn-sm">
            {t('operator.todo.complete')}
            <span className="visually-hidden"> {candidate.publicCode}</span>
          </Link>
        ) : (
          <ReconfirmButton candidate={candidate} onReconfirmed={onReconfirmed} />
        )}
      </td>
    </tr>
  );
}

/**
 * The operator's to-do: profiles stale, incomplete or due within a week, most urgent first. A
 * stale profile is never offered to companies, so this list comes first on the page.
 */
export function ReconfirmTodo({ pages, onReconfirmed }: { pages: CursorPages; onReconfirmed: (result: Reconfirmed) => void }) {
  const { t } = useI18n();
  const [now] = useState(() => Date.now());
  const todo = useQuery(OperatorCandidatesToReconfirmDocument, { first: PAGE_SIZE, after: pages.after });
  const result = todo.data?.candidatesToReconfirm;
  return (
    <section aria-labelledby="todo-title" aria-busy={todo.loading} className="p-4 mb-5 bg-light border-start border-4 border-warning">
      <h2 id="todo-title" className="h3">{t('operator.todo.title')}</h2>
      <p>{t('operator.todo.intro')}</p>
      <ErrorAlert error={todo.error} />
      {todo.loading && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('operator.todo.countOne') : t('operator.todo.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length === 0 ? (
            <p className="mb-0">{t('operator.todo.empty')}</p>
          ) : (
            <DataTable caption={t('operator.todo.caption')} hiddenCaption className="mb-0"
              columns={[t('operator.col.code'), t('operator.col.reason'), t('operator.col.residence'), t('operator.col.actions')]}>
              {result.nodes.map((candidate) => (
                <TodoRow key={candidate.id} candidate={candidate} now={now} onReconfirmed={onReconfirmed} />
              ))}
            </DataTable>
          )}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={todo.loading} />
        </>
      )}
    </section>
  );
}
