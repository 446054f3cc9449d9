import { OperatorCandidatesDocument, type CandidateStatus, type OperatorCandidateRowFragment } from '../api/generated';
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
import { SelectField } from './form/controls';
import { STATUSES } from './options';

const PAGE_SIZE = 10;
const SKILLS_SHOWN = 3;
/** The states in which a profile has a reconfirmation date that matters. */
const FRESHNESS: readonly CandidateStatus[] = ['ACTIVE', 'STALE'];

function CandidateRow({ candidate }: { candidate: OperatorCandidateRowFragment }) {
  const { t } = useI18n();
  const none = t('common.none');
  const skills = candidate.skills.slice(0, SKILLS_SHOWN).map((skill) => skill.label).join(', ');
  const more = candidate.skills.length - SKILLS_SHOWN;
  return (
    <tr>
      <th scope="row"><Link href={`/area-riservata/persone/${candidate.id}`}>{candidate.publicCode}</Link></th>
      <td>{residenceOf(candidate, none)}</td>
      <td>{t(`operator.age.${candidate.ageBand}`)}</td>
      <td>{skills || none}{more > 0 && ` ${t('operator.list.moreSkills', { count: more })}`}</td>
      <td>{t(`operator.status.${candidate.status}`)}</td>
      <td>{t('operator.percent', { value: candidate.completeness })}</td>
      <td>{FRESHNESS.includes(candidate.status) ? formatDate(candidate.reconfirmDueAt) : none}</td>
      <td>
        <Link href={`/area-riservata/persone/${candidate.id}/posti`}>
          {t('operator.list.slots')}
          <span className="visually-hidden"> {t('operator.list.forCode', { code: candidate.publicCode })}</span>
        </Link>
      </td>
    </tr>
  );
}

interface CandidateListProps {
  pages: CursorPages;
  status: CandidateStatus | '';
  onStatus: (status: CandidateStatus | '') => void;
}

/** Every profile of the organisation, newest first, by status. */
export function CandidateList({ pages, status, onStatus }: CandidateListProps) {
  const { t } = useI18n();
  const list = useQuery(OperatorCandidatesDocument, { first: PAGE_SIZE, after: pages.after, status: status || null });
  const result = list.data?.candidates;
  return (
    <section aria-labelledby="all-title" aria-busy={list.loading}>
      <h2 id="all-title" className="h3">{t('operator.list.all')}</h2>
      <div className="row mt-3">
        <SelectField id="status-filter" className="col-12 col-md-4" label={t('operator.list.statusFilter')} value={status}
          onChange={(value) => onStatus(STATUSES.find((item) => item === value) ?? '')}
          options={[{ value: '', label: t('operator.list.anyStatus') }, ...STATUSES.map((item) => ({ value: item, label: t(`operator.status.${item}`) }))]} />
      </div>
      <ErrorAlert error={list.error} />
      {list.loading && <Loading />}
      {result && (
        <>
          <p className="fw-semibold" aria-live="polite">
            {result.totalCount === 1 ? t('operator.list.countOne') : t('operator.list.count', { count: formatNumber(result.totalCount) })}
          </p>
          {result.nodes.length === 0 ? (
            <p>{t('operator.list.empty')}</p>
          ) : (
            <DataTable caption={t('operator.list.caption')} hiddenCaption striped
              columns={[t('operator.col.code'), t('operator.col.residence'), t('operator.col.age'), t('operator.col.skills'), t('operator.col.status'), t('operator.col.completeness'), t('operator.col.due'), t('operator.col.actions')]}>
              {result.nodes.map((candidate) => (
                <CandidateRow key={candidate.id} candidate={candidate} />
              ))}
            </DataTable>
          )}
          <Pager pages={pages} pageInfo={result.pageInfo} disabled={list.loading} />
        </>
      )}
    </section>
  );
}
