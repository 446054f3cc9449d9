import type { EntityManager } from 'typeorm';

/**
 * The SQL of the outcome report. It reads proposal, slot and organisation together because
 * the report is by design the aggregate view across those libraries (a path's channel and
 * district come from the organisation, its kind from the slot); going through three services
 * would load every proposal of the period into memory to count it. Read-only, parameterised,
 * and it returns counts only, never a row about one person.
 *
 * A cohort: the proposals made in a quarter (calendar days in Europe/Rome), each in its state
 * when counted. A cell counts people (distinct candidates), so a person proposed twice in a
 * cell of one quarter counts once; an erased profile takes its proposals with it. Counts come
 * by quarter of a whole year because every period of the year is published from them (a
 * half-year is the sum of its quarters, see OutcomeReportService).
 */
export interface OutcomeCountRow {
  /** 1 to 4. */
  quarter: number;
  district: string;
  channel: string;
  kind: string;
  proposed: number;
  started: number;
  completed: number;
  hired: number;
  interrupted: number;
  expired: number;
}

export type ReasonFamily = 'DECLINE_REASONS' | 'INTERRUPTION_REASONS' | 'ASSESSMENTS';

export interface ReasonCountRow {
  quarter: number;
  district: string;
  channel: string;
  family: ReasonFamily;
  code: string;
  people: number;
}

/** $1, $2: the year's first day and the next year's; $3: the districts counted. */
const COHORT = `
  FROM proposal p
  JOIN organisation o ON o.id = p.organisation_id
  JOIN slot s ON s.id = p.slot_id
  WHERE (p.created_at AT TIME ZONE 'Europe/Rome')::date >= $1::date
    AND (p.created_at AT TIME ZONE 'Europe/Rome')::date < $2::date
    AND o.district_code = ANY($3::varchar[])`;
const QUARTER = `EXTRACT(QUARTER FROM p.created_at AT TIME ZONE 'Europe/Rome')::int`;

export async function outcomeCounts(manager: EntityManager, year: number, districts: string[]): Promise<OutcomeCountRow[]> {
  return (await manager.query(
    `SELECT ${QUARTER} AS quarter, o.district_code AS district, o.channel::text AS channel, s.kind::text AS kind,
            COUNT(DISTINCT p.candidate_id)::int AS proposed,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.started_at IS NOT NULL))::int AS started,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.status = 'COMPLETED'))::int AS completed,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.status = 'HIRED'))::int AS hired,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.status = 'INTERRUPTED'))::int AS interrupted,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.status = 'EXPIRED'))::int AS expired
     ${COHORT}
     GROUP BY 1, 2, 3, 4`,
    [...yearBounds(year), districts],
  )) as OutcomeCountRow[];
}

export async function reasonCounts(manager: EntityManager, year: number, districts: string[]): Promise<ReasonCountRow[]> {
  return (await manager.query(
    `SELECT quarter, district, channel, family, code, COUNT(DISTINCT candidate_id)::int AS people FROM (
       SELECT ${QUARTER} AS quarter, o.district_code AS district, o.channel::text AS channel, 'DECLINE_REASONS' AS family, p.decline_reason::text AS code, p.candidate_id
       ${COHORT} AND p.decline_reason IS NOT NULL
       UNION ALL
       SELECT ${QUARTER}, o.district_code, o.channel::text, 'INTERRUPTION_REASONS', p.interruption_reason::text, p.candidate_id
       ${COHORT} AND p.interruption_reason IS NOT NULL
       UNION ALL
       SELECT ${QUARTER}, o.district_code, o.channel::text, 'ASSESSMENTS', p.outcome::text, p.candidate_id
       ${COHORT} AND p.outcome IS NOT NULL
     ) coded
     GROUP BY 1, 2, 3, 4, 5`,
    [...yearBounds(year), districts],
  )) as ReasonCountRow[];
}

/**
 * Per district with a release of the year: how many people of the year's cohort had a proposal
 * made or changed since it (a transition stamps updated_at).
 */
export async function changedPeople(manager: EntityManager, year: number): Promise<Map<string, number>> {
  const rows = (await manager.query(
    `SELECT r.district_code AS district, COUNT(DISTINCT p.candidate_id)::int AS changed
     FROM outcome_report_release r
     JOIN organisation o ON o.district_code = r.district_code
     JOIN proposal p ON p.organisation_id = o.id AND p.updated_at > r.released_at
     WHERE r.year = $3
       AND (p.created_at AT TIME ZONE 'Europe/Rome')::date >= $1::date
       AND (p.created_at AT TIME ZONE 'Europe/Rome')::date < $2::date
     GROUP BY 1`,
    [...yearBounds(year), year],
  )) as { district: string; changed: number }[];
  return new Map(rows.map((row) => [row.district, row.changed]));
}

function yearBounds(year: number): [string, string] {
  return [`${year}-01-01`, `${year + 1}-01-01`];
}
