import type { BoardProjectsQuery } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { Link } from '../ui/router';
import { ProjectNeedsList } from './project-needs-list';
import type { ReferenceData } from './reference-data';

type ProjectRow = BoardProjectsQuery['projects']['nodes'][number];

export function projectPath(id: string): string {
  return `/area-riservata/tavolo/progetti/${encodeURIComponent(id)}`;
}

export function ProjectsList({ projects, reference }: { projects: ProjectRow[]; reference: ReferenceData }) {
  const { t } = useI18n();
  return (
    <ul className="list-unstyled">
      {projects.map((project) => (
        <li key={project.id} className="border rounded p-4 mb-4">
          <h2 className="h4">
            <Link href={projectPath(project.id)}>
              {t('board.projects.itemTitle', { sector: reference.sectorLabel(project.atecoSection), district: reference.districtName(project.districtCode) })}
            </Link>
          </h2>
          <p>{project.description}</p>
          <p className="mb-2">
            <strong>{t('board.projects.stage')}:</strong> {t(`board.stage.${project.stage}`)} ·{' '}
            <strong>{project.openNeedCount === 1 ? t('board.projects.openNeedsOne') : t('board.projects.openNeeds', { count: formatNumber(project.openNeedCount) })}</strong>
          </p>
          <ProjectNeedsList needs={project.needs} />
        </li>
      ))}
    </ul>
  );
}
