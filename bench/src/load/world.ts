import { DataSource } from 'typeorm';
import { ProposalIntakeService } from '@ipl/proposals';
import type { BenchApi } from '../matching/bench-api';
import { signInHttp } from '../matching/graphql-http';
import { importDataSet } from '../matching/import';
import { note } from '../matching/parallel';
import { BENCH_PASSWORD, createPopulation } from '../matching/population';

export interface WorldSizes {
  candidates: number;
  slots: number;
  companies: number;
  /** Proposals made before the run, so that matching and the lists meet some. */
  proposals: number;
}

export interface LoadCompany {
  id: string;
  hrEmail: string;
  hrToken: string;
  openSlotIds: string[];
}

export interface LoadOperator {
  organisationId: string;
  districtCode: string;
  email: string;
  token: string;
  candidateIds: string[];
}

/** The people the load acts as, signed in before the run, and what each may act on. */
export interface LoadWorld {
  companies: LoadCompany[];
  operators: LoadOperator[];
  /** OPEN slots without a monthly cap or a pause: operators may propose to them as often as the load asks. */
  proposableSlotIds: string[];
  /** The company of each slot, whose HR answers the proposals. */
  companyOfSlot: Map<string, LoadCompany>;
  sizes: WorldSizes & { organisations: number };
}

/**
 * Seeds through the real services (population, import, the search worker delivering it), then
 * reads back who holds what and signs everyone in on the API under test, so that the run sends
 * only the mix and no login it did not choose.
 */
export async function seedWorld(api: BenchApi, sizes: WorldSizes, seed: number): Promise<{ world: LoadWorld; pairs: ProposalPairs }> {
  note(`population: ${sizes.companies} companies admitted to the Albo, organisations and operators`);
  const population = await createPopulation(api.app, sizes.companies, seed);
  api.startWorkers(2);
  note(`import: ${sizes.candidates} candidates and ${sizes.slots} published slots through the services`);
  await importDataSet(api.app, population, sizes, seed, 2);
  // One worker stays during the run: writes reach Meilisearch as in production.
  await api.stopWorkers(1);

  const dataSource = api.app.get(DataSource);
  // Tokens from the bench's in-process copy (same secret): the API under test starts untouched.
  const url = api.graphqlUrl;
  const companies = await readCompanies(dataSource, url);
  const operators = await readOperators(dataSource, url);
  const proposable = (await dataSource.query(
    `SELECT id, company_id AS "companyId" FROM slot WHERE status = 'OPEN' AND monthly_proposal_cap IS NULL AND paused_until IS NULL ORDER BY id`,
  )) as { id: string; companyId: string }[];
  const byId = new Map(companies.map((company) => [company.id, company]));
  const companyOfSlot = new Map<string, LoadCompany>();
  for (const slot of proposable) {
    const company = byId.get(slot.companyId);
    if (company) companyOfSlot.set(slot.id, company);
  }
  const world: LoadWorld = {
    companies: companies.filter((company) => company.openSlotIds.length > 0),
    operators: operators.filter((operator) => operator.candidateIds.length > 0),
    proposableSlotIds: proposable.map((slot) => slot.id).filter((id) => companyOfSlot.has(id)),
    companyOfSlot,
    sizes: { ...sizes, organisations: population.organisations.length },
  };
  const pairs = new ProposalPairs(world);
  note(`proposals: ${sizes.proposals} made before the run`);
  const proposals = api.app.get(ProposalIntakeService);
  const users = new Map(population.organisations.map((organisation) => [organisation.operator.organisationId, organisation.operator]));
  for (let i = 0; i < sizes.proposals; i += 1) {
    const pair = pairs.next(i);
    const operator = users.get(pair.operator.organisationId);
    if (operator) await proposals.propose({ slotId: pair.slotId, candidateId: pair.candidateId }, operator);
  }
  return { world, pairs };
}

async function readCompanies(dataSource: DataSource, graphqlUrl: string): Promise<LoadCompany[]> {
  const rows = (await dataSource.query(
    `SELECT u.company_id AS id, min(u.email) AS "hrEmail",
            coalesce(array_agg(s.id ORDER BY s.id) FILTER (WHERE s.status = 'OPEN'), '{}') AS "openSlotIds"
     FROM app_user u LEFT JOIN slot s ON s.company_id = u.company_id
     WHERE u.role = 'COMPANY_HR' GROUP BY u.company_id ORDER BY u.company_id`,
  )) as Omit<LoadCompany, 'hrToken'>[];
  const companies: LoadCompany[] = [];
  for (const row of rows) companies.push({ ...row, hrToken: await signInHttp(graphqlUrl, row.hrEmail, BENCH_PASSWORD) });
  return companies;
}

async function readOperators(dataSource: DataSource, graphqlUrl: string): Promise<LoadOperator[]> {
  const rows = (await dataSource.query(
    `SELECT u.organisation_id AS "organisationId", u.district_code AS "districtCode", u.email,
            coalesce(array_agg(c.id ORDER BY c.id) FILTER (WHERE c.id IS NOT NULL), '{}') AS "candidateIds"
     FROM app_user u LEFT JOIN candidate c ON c.organisation_id = u.organisation_id AND c.status = 'ACTIVE'
     WHERE u.role = 'OPERATOR' GROUP BY u.organisation_id, u.district_code, u.email ORDER BY u.organisation_id`,
  )) as Omit<LoadOperator, 'token'>[];
  const operators: LoadOperator[] = [];
  for (const row of rows) operators.push({ ...row, token: await signInHttp(graphqlUrl, row.email, BENCH_PASSWORD) });
  return operators;
}

export interface ProposalPair {
  operator: LoadOperator;
  candidateId: string;
  slotId: string;
}

/**
 * The n-th (operator, candidate, slot) never proposed before: each operator walks its own
 * candidates, moving to the next slot after each full pass, so no pair repeats while
 * n < candidates × slots (far beyond a run). Operators' candidates are disjoint, so pairs are too.
 */
export class ProposalPairs {
  private readonly counters: number[];

  constructor(private readonly world: LoadWorld) {
    this.counters = world.operators.map(() => 0);
  }

  next(n: number): ProposalPair {
    const index = n % this.world.operators.length;
    const operator = this.world.operators[index];
    const k = this.counters[index];
    this.counters[index] += 1;
    const slots = this.world.proposableSlotIds;
    const pass = Math.floor(k / operator.candidateIds.length);
    return { operator, candidateId: operator.candidateIds[k % operator.candidateIds.length], slotId: slots[(pass + index) % slots.length] };
  }
}
