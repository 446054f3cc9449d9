import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { BoardProjectsDocument, type ProjectStage } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { LabelledSelect } from '../ui/labelled-select';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useQuery } from '../ui/use-query';
import { ProjectsList } from './projects-list';
import { useReferenceData } from './reference-data';

const PAGE_SIZE = 10;
export const PROJECT_STAGES: ProjectStage[] = ['IDEA', 'PLANNING', 'STARTING', 'RUNNING', 'CLOSED'];

function stageOf(value: string): ProjectStage | null {
  return PROJECT_STAGES.find((stage) => stage === value) ?? null;
}

interface ProjectFilters {
  districtCode: string;
  stage: string;
}

const NO_FILTERS: ProjectFilters = { districtCode: '', stage: '' };

/** Board: new entrepreneurial projects, those that still need most first. */
export function ProjectsPage() {
  const { t } = useI18n();
  const reference = useReferenceData();
  const pages = useCursorPages();
  const [draft, setDraft] = useState(NO_FILTERS);
  const [applied, setApplied] = useState(NO_FILTERS);
  const projects = useQuery(BoardProjectsDocument, { first: PAGE_SIZE, after: pages.after, districtCode: applied.districtCode || null, stage: stageOf(applied.stage) });
  const result = projects.data?.projects;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    pages.reset();
    setApplied(draft);
  };
  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title">{t('board.projects.title')}</h1>
      <p className="lead">{t('board.projects.intro')}</p>
      <ErrorAlert error={reference.error} />
      <form onSubmit={apply} className="mb-4" aria-label={t('board.projects.filters')}>
        <div className="row mt-3">
          <LabelledSelect className="col-12 col-md-3" id="projects-district" label={t('board.filters.district')} emptyLabel={t('board.filters.allDistricts')} value={draft.districtCode}
            options={(reference.data?.districts ?? []).map((district) => ({ value: district.code, label: district.name }))}
            onChange={(districtCode) => setDraft((previous) => ({ ...previous, districtCode }))} />
          <LabelledSelect className="col-12 col-md-3" id="projects-stage" label={t('board.projects.stage')} emptyLabel={t('board.projects.anyStage')} value={draft.stage}
            options={PROJECT_STAGES.map((stage) => ({ value: stage, label: t(`board.stage.${stage}`) }))}
            onChange={(stage) => setDraft((previous) => ({ ...previous, stage }))} />
        </div>
        <Button type="submit" color="primary">{t('board.filters.apply')}</Button>
      </form>
      <div aria-busy={projects.loading}>
        <ErrorAlert error={projects.error} />
        {projects.loading && <Loading />}
        {result && (
          <>
            <p className="fw-semibold" aria-live="polite">
              {result.totalCount === 1 ? t('board.projects.countOne') : t('board.projects.count', { count: formatNumber(result.totalCount) })}
            </p>
            {result.nodes.length === 0 ? <p>{t('board.projects.empty')}</p> : <ProjectsList projects={result.nodes} reference={reference} />}
            <Pager pages={pages} pageInfo={result.pageInfo} disabled={projects.loading} />
          </>
        )}
      </div>
    </section>
  );
}
