import type { INestApplication } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { Role, type AuthUser } from '@ipl/access';
import { CANDIDATES_INDEX, CandidateIntakeService } from '@ipl/candidates';
import { SearchIndexes } from '@ipl/search';
import { SLOTS_INDEX, SlotsService } from '@ipl/slots';
import { percentiles, type Timing } from '../measure';
import type { Random } from './random';

export interface LagFigures {
  samples: number;
  timing: Timing;
  max: number;
}

/**
 * Commits a change (a profile's or a slot's weekly hours, through the services as their
 * operator or HR would) and polls Meilisearch every 5 ms until a search filtered on the new
 * value returns the document. The worker runs as in production; writes are spaced irregularly
 * so that they do not fall in step with its polling.
 */
export async function writeToSearchable(app: INestApplication, count: number, random: Random): Promise<LagFigures> {
  const dataSource = app.get(DataSource);
  const meili = app.get(Meilisearch);
  const indexes = app.get(SearchIndexes);
  const candidates = app.get(CandidateIntakeService);
  const slots = app.get(SlotsService);
  const users = (await dataSource.query(
    `SELECT id, role, company_id AS "companyId", organisation_id AS "organisationId", district_code AS "districtCode" FROM app_user WHERE role IN ('OPERATOR', 'COMPANY_HR')`,
  )) as Pick<AuthUser, 'id' | 'role' | 'companyId' | 'organisationId' | 'districtCode'>[];
  const actor = (user: (typeof users)[number]): AuthUser => ({ ...user, scopeAdmin: true, secondFactorPending: false });
  const operators = new Map(users.filter((user) => user.role === Role.OPERATOR).map((user) => [user.organisationId, actor(user)]));
  const hrOf = new Map(users.filter((user) => user.role === Role.COMPANY_HR).map((user) => [user.companyId, actor(user)]));
  const people = (await dataSource.query(
    "SELECT id, organisation_id AS \"organisationId\", hours_per_week AS hours FROM candidate WHERE status = 'ACTIVE' AND completeness = 100 ORDER BY id LIMIT 2000",
  )) as { id: string; organisationId: string; hours: number }[];
  const places = (await dataSource.query("SELECT id, company_id AS \"companyId\", hours_per_week AS hours FROM slot WHERE status = 'OPEN' ORDER BY id LIMIT 2000")) as { id: string; companyId: string; hours: number }[];
  const lags: number[] = [];
  for (let i = 0; i < count; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, random.int(50, 400)));
    const onSlot = i % 2 === 1;
    const row = onSlot ? random.pick(places) : random.pick(people);
    const hours = row.hours >= 40 ? row.hours - 1 - random.int(0, 5) : row.hours + 1 + random.int(0, 5);
    row.hours = hours;
    if (onSlot) {
      const { companyId } = row as (typeof places)[number];
      const hr = hrOf.get(companyId);
      if (!hr) throw new Error(`No HR user for company ${companyId}`);
      await slots.update(row.id, { hoursPerWeek: hours }, hr);
    } else {
      const { organisationId } = row as (typeof people)[number];
      const operator = operators.get(organisationId);
      if (!operator) throw new Error(`No operator for organisation ${organisationId}`);
      await candidates.update(row.id, { hoursPerWeek: hours }, operator);
    }
    const committed = performance.now();
    const index = meili.index(indexes.uid(onSlot ? SLOTS_INDEX : CANDIDATES_INDEX));
    for (;;) {
      const { hits } = await index.search('', { filter: [`id = "${row.id}"`, `hoursPerWeek = ${hours}`], limit: 1, attributesToRetrieve: ['id'] });
      if (hits.length > 0) break;
      if (performance.now() - committed > 30_000) throw new Error(`A write to ${row.id} was not searchable after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    lags.push(performance.now() - committed);
  }
  return { samples: lags.length, timing: percentiles(lags), max: Math.max(...lags) };
}
