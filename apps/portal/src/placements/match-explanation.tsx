import type { PlacementExplanationFragment } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';

type Skill = PlacementExplanationFragment['skillsMatched'][number];

/** The 0–100 fit, large, with a bar; read out as a sentence. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useI18n();
  return (
    <div className="placements-score">
      <span className="visually-hidden">{t('placements.score.spoken', { score })}</span>
      <div aria-hidden="true">
        <span className="placements-score-value">{score}</span>
        <span className="small">/100</span>
        <div className="small">{t('placements.score.label')}</div>
        <div className="progress mt-1">
          <div className="progress-bar" style={{ width: `${score}%` }} />
        </div>
      </div>
    </div>
  );
}

function SkillList({ skills }: { skills: Skill[] }) {
  const { t } = useI18n();
  if (skills.length === 0) return <>{t('placements.none')}</>;
  return (
    <ul className="list-inline mb-0">
      {skills.map((skill) => (
        <li key={`${skill.skillId ?? ''}:${skill.label}`} className="list-inline-item placements-chip">
          {skill.label}
          {skill.required && <span className="small"> ({t('placements.explain.required')})</span>}
        </li>
      ))}
    </ul>
  );
}

/** Why a result is where it is: district, skills matched and missing, conditions met. */
export function MatchExplanationView({ explanation, districtName }: { explanation: PlacementExplanationFragment; districtName: string | null }) {
  const { t } = useI18n();
  const relation = t(`placements.relation.${explanation.districtRelation}`);
  return (
    <dl className="row mb-0 placements-explanation">
      <dt className="col-sm-4 col-lg-3">{t('placements.explain.district')}</dt>
      <dd className="col-sm-8 col-lg-9">{districtName ? `${relation} · ${districtName}` : relation}</dd>
      <dt className="col-sm-4 col-lg-3">{t('placements.explain.skillsFit')}</dt>
      <dd className="col-sm-8 col-lg-9">{t('placements.explain.fitOutOf', { fit: explanation.skillsFit })}</dd>
      <dt className="col-sm-4 col-lg-3">{t('placements.explain.matched')}</dt>
      <dd className="col-sm-8 col-lg-9"><SkillList skills={explanation.skillsMatched} /></dd>
      <dt className="col-sm-4 col-lg-3">{t('placements.explain.missing')}</dt>
      <dd className="col-sm-8 col-lg-9"><SkillList skills={explanation.skillsMissing} /></dd>
      <dt className="col-sm-4 col-lg-3">{t('placements.explain.conditions')}</dt>
      <dd className="col-sm-8 col-lg-9">{explanation.conditionsMet.map((condition) => t(`placements.condition.${condition}`)).join(', ') || t('placements.none')}</dd>
    </dl>
  );
}
