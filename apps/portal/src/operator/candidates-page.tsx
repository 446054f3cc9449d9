import { useState } from 'react';
import type { CandidateStatus } from '../api/generated';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { Link } from '../ui/router';
import { useCursorPages } from '../ui/use-cursor-pages';
import { CandidateList } from './candidate-list';
import type { Reconfirmed } from './reconfirm-button';
import { ReconfirmTodo } from './reconfirm-todo';

/** The operator's landing page: the to-do of profiles to reconfirm first, then every profile. */
export function CandidatesPage() {
  const { t } = useI18n();
  const todoPages = useCursorPages();
  const listPages = useCursorPages();
  const [status, setStatus] = useState<CandidateStatus | ''>('');
  // Both lists are read again after a reconfirmation: the profile leaves the to-do and changes state.
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState<Reconfirmed | null>(null);
  const reconfirmed = (result: Reconfirmed) => {
    setDone(result);
    todoPages.reset();
    setVersion((count) => count + 1);
  };
  const filter = (next: CandidateStatus | '') => {
    setStatus(next);
    listPages.reset();
  };
  return (
    <section aria-labelledby="people-title">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-3">
        <h1 id="people-title">{t('operator.list.title')}</h1>
        <Link href="/area-riservata/persone/nuova" className="btn btn-primary">{t('operator.list.new')}</Link>
      </div>
      <p className="lead">{t('operator.list.intro')}</p>
      <div role="status">
        {done && <div className="alert alert-success">{t('operator.reconfirmed', { code: done.publicCode, date: formatDate(done.reconfirmDueAt) })}</div>}
      </div>
      <ReconfirmTodo key={`todo-${version}`} pages={todoPages} onReconfirmed={reconfirmed} />
      <CandidateList key={`list-${version}`} pages={listPages} status={status} onStatus={filter} />
    </section>
  );
}
