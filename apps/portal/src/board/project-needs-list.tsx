import type { BoardProjectNeedFragment } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';

/** Open needs first, as the board is asked to act on them. */
export function ProjectNeedsList({ needs }: { needs: BoardProjectNeedFragment[] }) {
  const { t } = useI18n();
  const ordered = [...needs].sort((a, b) => Number(a.status !== 'OPEN') - Number(b.status !== 'OPEN'));
  return (
    <ul className="mb-0">
      {ordered.map((need) => (
        <li key={need.id}>
          {t(`board.needKind.${need.kind}`)} — {t(`board.needStatus.${need.status}`)}
        </li>
      ))}
    </ul>
  );
}
