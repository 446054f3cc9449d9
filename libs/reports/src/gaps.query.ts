import type { EntityManager } from 'typeorm';

/**
 * The one SQL of the gaps report: demand (head counts of the needs analyses in force for the
 * period + openings left on OPEN slots) against supply (profiles ACTIVE, fresh, complete and
 * consented to MATCHING) per skill of the vocabulary. It reads needs, slot, candidate and skill
 * together because the gap is by design the aggregate view across them; through the services
 * it would load every profile to count it. Read-only, parameterised, counts only.
 *
 * A line or slot asking for two skills counts for each of them: the table is per skill, and
 * a need for a cook who can also wash dishes is demand for both skills.
 */
export interface GapCountRow {
  skillId: string;
  label: string;
  groupCode: string;
  needs: number;
  openings: number;
  supply: number;
}

export async function gapCounts(
  manager: EntityManager,
  params: { period: string; districtCode: string | null; groupCode: string | null; now: Date; complete: number },
): Promise<GapCountRow[]> {
  return (await manager.query(
    `WITH needs AS (
       SELECT skill_id, SUM(l.head_count)::int AS n
       FROM needs_analysis a
       JOIN needs_analysis_line l ON l.analysis_id = a.id
       CROSS JOIN LATERAL unnest(l.skill_ids) AS skill_id
       WHERE a.status = 'SUBMITTED' AND a.period = $1 AND ($2::varchar IS NULL OR l.district_code = $2)
       GROUP BY 1),
     openings AS (
       SELECT skill_id, SUM(s.openings - s.openings_taken)::int AS n
       FROM slot s CROSS JOIN LATERAL unnest(s.required_skill_ids) AS skill_id
       WHERE s.status = 'OPEN' AND ($2::varchar IS NULL OR s.district_code = $2)
       GROUP BY 1),
     supply AS (
       SELECT skill_id, COUNT(*)::int AS n
       FROM candidate c CROSS JOIN LATERAL unnest(c.skill_ids) AS skill_id
       WHERE c.status = 'ACTIVE' AND c.reconfirm_due_at > $4 AND c.completeness >= $5
         AND c.consent_given_at IS NOT NULL AND 'MATCHING' = ANY(c.consent_purposes::text[])
         AND ($2::varchar IS NULL OR c.residence_district_code = $2)
       GROUP BY 1)
     SELECT k.id AS "skillId", k.label, k.group_code AS "groupCode",
            COALESCE(needs.n, 0) AS needs, COALESCE(openings.n, 0) AS openings, COALESCE(supply.n, 0) AS supply
     FROM skill k
     LEFT JOIN needs ON needs.skill_id = k.id
     LEFT JOIN openings ON openings.skill_id = k.id
     LEFT JOIN supply ON supply.skill_id = k.id
     WHERE ($3::varchar IS NULL OR k.group_code = $3)
       AND (needs.n IS NOT NULL OR openings.n IS NOT NULL OR supply.n IS NOT NULL)`,
    [params.period, params.districtCode, params.groupCode, params.now, params.complete],
  )) as GapCountRow[];
}

/** Head counts of the needs in force for earlier periods, per skill: the demand's movement. */
export async function needsHistory(manager: EntityManager, periods: string[], districtCode: string | null, groupCode: string | null): Promise<{ skillId: string; period: string; needs: number }[]> {
  if (periods.length === 0) return [];
  return (await manager.query(
    `SELECT skill_id AS "skillId", a.period, SUM(l.head_count)::int AS needs
     FROM needs_analysis a
     JOIN needs_analysis_line l ON l.analysis_id = a.id
     CROSS JOIN LATERAL unnest(l.skill_ids) AS skill_id
     JOIN skill k ON k.id = skill_id
     WHERE a.status = 'SUBMITTED' AND a.period = ANY($1::varchar[]) AND ($2::varchar IS NULL OR l.district_code = $2)
       AND ($3::varchar IS NULL OR k.group_code = $3)
     GROUP BY 1, 2`,
    [periods, districtCode, groupCode],
  )) as { skillId: string; period: string; needs: number }[];
}
