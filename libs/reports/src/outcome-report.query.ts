import type { EntityManager } from 'typeorm';

/**
 * The one SQL of the outcome report. It reads proposal, slot and organisation together because
 * the report is by design the aggregate view across those libraries (a path's channel and
 * district come from the organisation, its kind from the slot); going through three services
 * would load every proposal of the period into memory to count it. Read-only, parameterised,
 * and it returns counts only, never a row about one person.
 *
 * A cohort: the proposals made in the period (calendar days in Europe/Rome), each in its state
 * today. A cell counts people (distinct candidates), so a person proposed twice in a cell
 * counts once; an erased profile takes its proposals with it and leaves the counts.
 */
export interface OutcomeCountRow {
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

export interface ReasonCountRow {
  channel: string;
  family: 'DECLINE_REASONS' | 'INTERRUPTION_REASONS' | 'ASSESSMENTS';
  code: string;
  people: number;
}

const COHORT = `
  FROM proposal p
  JOIN organisation o ON o.id = p.organisation_id
  JOIN slot s ON s.id = p.slot_id
  WHERE (p.created_at AT TIME ZONE 'Europe/Rome')::date >= $1::date
    AND (p.created_at AT TIME ZONE 'Europe/Rome')::date < $2::date
    AND ($3::varchar IS NULL OR o.district_code = $3)`;

export async function outcomeCounts(manager: EntityManager, start: string, end: string, districtCode: string | null): Promise<OutcomeCountRow[]> {
  return (await manager.query(
    `SELECT o.district_code AS district, o.channel::text AS channel, s.kind::text AS kind,
            COUNT(DISTINCT p.candidate_id)::int AS proposed,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.started_at IS NOT NULL))::int AS started,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.status = 'COMPLETED'))::int AS completed,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.status = 'HIRED'))::int AS hired,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.status = 'INTERRUPTED'))::int AS interrupted,
            (COUNT(DISTINCT p.candidate_id) FILTER (WHERE p.status = 'EXPIRED'))::int AS expired
     ${COHORT}
     GROUP BY 1, 2, 3`,
    [start, end, districtCode],
  )) as OutcomeCountRow[];
}

export async function reasonCounts(manager: EntityManager, start: string, end: string, districtCode: string | null): Promise<ReasonCountRow[]> {
  return (await manager.query(
    `SELECT channel, family, code, COUNT(DISTINCT candidate_id)::int AS people FROM (
       SELECT o.channel::text AS channel, 'DECLINE_REASONS' AS family, p.decline_reason::text AS code, p.candidate_id
       ${COHORT} AND p.decline_reason IS NOT NULL
       UNION ALL
       SELECT o.channel::text, 'INTERRUPTION_REASONS', p.interruption_reason::text, p.candidate_id
       ${COHORT} AND p.interruption_reason IS NOT NULL
       UNION ALL
       SELECT o.channel::text, 'ASSESSMENTS', p.outcome::text, p.candidate_id
       ${COHORT} AND p.outcome IS NOT NULL
     ) coded
     GROUP BY 1, 2, 3`,
    [start, end, districtCode],
  )) as ReasonCountRow[];
}
