import type { EntityManager } from 'typeorm';

/**
 * The SQL of the gaps report: demand (head counts of the needs analyses in force for a period
 * + openings left on OPEN slots) against supply (profiles ACTIVE, fresh, complete and consented
 * to MATCHING) per district and skill of the vocabulary. It reads needs, slot, candidate and
 * skill together because the gap is by design the aggregate view across them; through the
 * services it would load every profile to count it. Read-only, parameterised, counts only.
 *
 * A line, slot or profile with two skills counts for each of them: the table is per skill, and
 * a need for a cook who can also wash dishes is demand for both skills. Counts come per
 * district, every district at once, because supply is suppressed on the whole district × skill
 * table (see PublishedState) whichever district or group the caller asks for.
 */
export interface DistrictSkillCount {
  districtCode: string;
  skillId: string;
  openings: number;
  supply: number;
}

export interface NeedsCount {
  period: string;
  districtCode: string;
  skillId: string;
  needs: number;
}

export interface SkillRow {
  id: string;
  label: string;
  groupCode: string;
}

/** Open slot openings and supply now, per district and skill (a row for every pair with an open slot or a profile). */
export async function liveCounts(manager: EntityManager, params: { now: Date; complete: number }): Promise<DistrictSkillCount[]> {
  return (await manager.query(
    `WITH openings AS (
       SELECT s.district_code, skill_id, SUM(s.openings - s.openings_taken)::int AS n
       FROM slot s CROSS JOIN LATERAL unnest(s.required_skill_ids) AS skill_id
       WHERE s.status = 'OPEN'
       GROUP BY 1, 2),
     supply AS (
       SELECT c.residence_district_code AS district_code, skill_id, COUNT(DISTINCT c.id)::int AS n
       FROM candidate c CROSS JOIN LATERAL unnest(c.skill_ids) AS skill_id
       WHERE c.status = 'ACTIVE' AND c.reconfirm_due_at > $1 AND c.completeness >= $2
         AND c.consent_given_at IS NOT NULL AND 'MATCHING' = ANY(c.consent_purposes::text[])
       GROUP BY 1, 2)
     SELECT COALESCE(o.district_code, p.district_code) AS "districtCode", COALESCE(o.skill_id, p.skill_id) AS "skillId",
            COALESCE(o.n, 0) AS openings, COALESCE(p.n, 0) AS supply
     FROM openings o
     FULL JOIN supply p ON p.district_code = o.district_code AND p.skill_id = o.skill_id
     JOIN skill k ON k.id = COALESCE(o.skill_id, p.skill_id)`,
    [params.now, params.complete],
  )) as DistrictSkillCount[];
}

/** Per district with a supply release: how many of its profiles were saved since (any change stamps updated_at). */
export async function changedProfiles(manager: EntityManager): Promise<Map<string, number>> {
  const rows = (await manager.query(
    `SELECT r.district_code AS district, COUNT(*)::int AS changed
     FROM gap_supply_release r
     JOIN candidate c ON c.residence_district_code = r.district_code AND c.updated_at > r.released_at
     GROUP BY 1`,
  )) as { district: string; changed: number }[];
  return new Map(rows.map((row) => [row.district, row.changed]));
}

/** Head counts of the needs analyses in force for the periods, per district and skill. */
export async function needsCounts(manager: EntityManager, periods: string[]): Promise<NeedsCount[]> {
  return (await manager.query(
    `SELECT a.period, l.district_code AS "districtCode", skill_id AS "skillId", SUM(l.head_count)::int AS needs
     FROM needs_analysis a
     JOIN needs_analysis_line l ON l.analysis_id = a.id
     CROSS JOIN LATERAL unnest(l.skill_ids) AS skill_id
     WHERE a.status = 'SUBMITTED' AND a.period = ANY($1::varchar[])
     GROUP BY 1, 2, 3`,
    [periods],
  )) as NeedsCount[];
}

/** The skills of the vocabulary, of one group or all. */
export async function skillRows(manager: EntityManager, groupCode: string | null): Promise<SkillRow[]> {
  return (await manager.query(`SELECT id, label, group_code AS "groupCode" FROM skill WHERE ($1::varchar IS NULL OR group_code = $1)`, [groupCode])) as SkillRow[];
}

/** Every snapshot taken, with its counts: the gaps suppress them all with one pattern (see PublishedSupply). */
export async function snapshotCounts(manager: EntityManager): Promise<Map<string, DistrictSkillCount[]>> {
  const [taken, counts] = await Promise.all([
    manager.query(`SELECT period FROM gap_snapshot ORDER BY period`) as Promise<{ period: string }[]>,
    manager.query(
      `SELECT period, district_code AS "districtCode", skill_id AS "skillId", open_slot_openings AS openings, supply FROM gap_snapshot_count`,
    ) as Promise<(DistrictSkillCount & { period: string })[]>,
  ]);
  return new Map(taken.map(({ period }) => [period, counts.filter((count) => count.period === period)]));
}

/**
 * Writes the snapshot of a quarter unless one exists: the first one taken stands, so running
 * the job twice, or on two processes at once, leaves one snapshot. True when this call wrote it.
 */
export async function insertSnapshot(manager: EntityManager, period: string, takenAt: Date, counts: DistrictSkillCount[]): Promise<boolean> {
  const inserted = (await manager.query(`INSERT INTO gap_snapshot (period, taken_at) VALUES ($1, $2) ON CONFLICT (period) DO NOTHING RETURNING period`, [
    period,
    takenAt,
  ])) as unknown[];
  if (inserted.length === 0) return false;
  const kept = counts.filter((count) => count.openings > 0 || count.supply > 0);
  if (kept.length) {
    await manager.query(
      `INSERT INTO gap_snapshot_count (period, district_code, skill_id, open_slot_openings, supply)
       SELECT $1, * FROM unnest($2::varchar[], $3::varchar[], $4::int[], $5::int[])`,
      [period, kept.map((c) => c.districtCode), kept.map((c) => c.skillId), kept.map((c) => c.openings), kept.map((c) => c.supply)],
    );
  }
  return true;
}
