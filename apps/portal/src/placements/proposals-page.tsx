import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import type { ProposalStatus, SessionUserFragment } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { useCursorPages } from '../ui/use-cursor-pages';
import { ProposalsList } from './proposals-list';

const STATUSES: ProposalStatus[] = ['PROPOSED', 'REQUESTED', 'ACCEPTED', 'INTERVIEW', 'STARTED', 'COMPLETED', 'HIRED', 'INTERRUPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED'];

/** The proposals board of HR (its company's) and of operators (their organisation's), by status. */
export function ProposalsPage({ user }: { user: SessionUserFragment }) {
  const { t } = useI18n();
  const pages = useCursorPages();
  const [chosen, setChosen] = useState<ProposalStatus | ''>('');
  const [status, setStatus] = useState<ProposalStatus | null>(null);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setStatus(chosen === '' ? null : chosen);
    pages.reset();
  };
  return (
    <section aria-labelledby="proposals-title">
      <h1 id="proposals-title">{t('placements.proposals.title')}</h1>
      <p className="lead">{user.role === 'COMPANY_HR' ? t('placements.proposals.introHr') : t('placements.proposals.introOperator')}</p>
      <form onSubmit={apply} aria-label={t('placements.proposals.filterTitle')} className="d-flex flex-wrap align-items-end gap-3 mb-4">
        <div className="select-wrapper">
          <label htmlFor="proposals-status">{t('placements.proposals.status')}</label>
          <select id="proposals-status" value={chosen} onChange={(event) => setChosen(event.target.value as ProposalStatus | '')}>
            <option value="">{t('placements.proposals.anyStatus')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`placements.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" color="primary">{t('placements.proposals.apply')}</Button>
      </form>
      <ProposalsList user={user} filter={{ status }} pages={pages} headingLevel={2} />
    </section>
  );
}
