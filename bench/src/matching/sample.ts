import { In, type DataSource } from 'typeorm';
import { Slot } from '@ipl/slots';
import { graphqlHttp, signInHttp } from './graphql-http';
import { inParallel } from './parallel';
import { BENCH_PASSWORD } from './population';
import type { Random } from './random';

/** What the HR portal asks for a slot's match page. */
export const MATCH = `query($slotId: ID!, $first: Int, $after: String) {
  matchCandidates(slotId: $slotId, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes {
      candidate { id publicCode districtCode comuneCode ageBand skillIds freeSkillLabels languages { language level } hoursPerWeek shifts drivingLicence supportNeeds }
      explanation { score skillsFit districtRelation skillsMatched { skillId label required } skillsMissing { skillId label required } conditionsMet }
    }
  }
}`;

export interface MatchResult {
  matchCandidates: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: { candidate: { id: string }; explanation: { score: number } }[];
  };
}

export interface SampleSlot {
  slot: Slot;
  token: string;
}

/** One matchCandidates over HTTP, as the slot's company's HR; `after` asks for the page after that cursor. */
export function matchOverHttp(graphqlUrl: string, { slot, token }: SampleSlot, first = 20, after?: string): Promise<MatchResult> {
  return graphqlHttp<MatchResult>(graphqlUrl, MATCH, { slotId: slot.id, first, ...(after ? { after } : {}) }, token);
}

/**
 * Up to `count` distinct OPEN slots in a random order across companies, each with a signed-in
 * HR user of its company: every one can be matched once as a cold match, a slot never viewed.
 * Slots come from as few companies as give enough of them: each company's HR signs in, and a
 * login is argon2, slow by design.
 */
export async function coldSlots(dataSource: DataSource, graphqlUrl: string, random: Random, count: number): Promise<SampleSlot[]> {
  const open = (await dataSource.query(
    `SELECT s.id, s.company_id AS "companyId",
            (SELECT min(u.email) FROM app_user u WHERE u.role = 'COMPANY_HR' AND u.company_id = s.company_id) AS email
     FROM slot s WHERE s.status = 'OPEN' ORDER BY s.id`,
  )) as { id: string; companyId: string; email: string | null }[];
  // Whole companies drawn at random until there are enough slots, then their slots shuffled together.
  const byCompany = new Map<string, typeof open>();
  for (const row of open) if (row.email !== null) byCompany.set(row.companyId, [...(byCompany.get(row.companyId) ?? []), row]);
  const chosen: typeof open = [];
  for (const companyId of random.sample([...byCompany.keys()], byCompany.size)) {
    if (chosen.length >= count) break;
    chosen.push(...(byCompany.get(companyId) ?? []));
  }
  const drawn = random.sample(chosen, count);
  const emails = new Map(drawn.map((row) => [row.companyId, row.email ?? '']));
  const companies = [...emails.keys()];
  const tokens = new Map<string, string>();
  await inParallel(companies.length, 2, async (index) => {
    const companyId = companies[index];
    tokens.set(companyId, await signInHttp(graphqlUrl, emails.get(companyId) ?? '', BENCH_PASSWORD));
  });
  const slots = new Map((await dataSource.getRepository(Slot).findBy({ id: In(drawn.map((row) => row.id)) })).map((slot) => [slot.id, slot]));
  return drawn.flatMap((row) => {
    const slot = slots.get(row.id);
    return slot ? [{ slot, token: tokens.get(row.companyId) ?? '' }] : [];
  });
}
