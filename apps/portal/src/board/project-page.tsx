import { BoardProjectDocument } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link } from '../ui/router';
import { useReloadableQuery } from '../ui/use-reloadable-query';
import { ProjectNeedItem } from './project-need-item';
import { useReferenceData } from './reference-data';

/** Board: one project, its needs (open first) and the support the member's company offered. */
export function ProjectPage({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const reference = useReferenceData();
  const details = useReloadableQuery(BoardProjectDocument, { id: projectId });
  const project = details.data?.project;
  const offers = details.data?.projectOffers ?? [];
  const needs = [...(project?.needs ?? [])].sort((a, b) => Number(a.status !== 'OPEN') - Number(b.status !== 'OPEN'));
  return (
    <section aria-labelledby="project-title" aria-busy={details.loading}>
      <p>
        <Link href="/area-riservata/tavolo/progetti">{t('board.project.back')}</Link>
      </p>
      <h1 id="project-title">
        {project ? t('board.projects.itemTitle', { sector: reference.sectorLabel(project.atecoSection), district: reference.districtName(project.districtCode) }) : t('board.project.loadingTitle')}
      </h1>
      <ErrorAlert error={details.error ?? reference.error} />
      {!project && details.loading && <Loading />}
      {project && (
        <>
          <p className="lead">{project.description}</p>
          <dl className="row">
            <dt className="col-sm-3">{t('board.projects.stage')}</dt>
            <dd className="col-sm-9">{t(`board.stage.${project.stage}`)}</dd>
            <dt className="col-sm-3">{t('board.project.openNeeds')}</dt>
            <dd className="col-sm-9">{formatNumber(project.openNeedCount)}</dd>
            <dt className="col-sm-3">{t('board.project.recorded')}</dt>
            <dd className="col-sm-9">{formatDate(project.createdAt)}</dd>
          </dl>
          <h2 className="h3 mt-4">{t('board.project.needs')}</h2>
          <ul className="list-unstyled">
            {needs.map((need) => (
              <ProjectNeedItem key={need.id} need={need} offers={offers.filter((offer) => offer.needId === need.id)} projectClosed={project.stage === 'CLOSED'} onOffered={details.reload} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
