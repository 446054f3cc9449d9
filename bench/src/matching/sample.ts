import type { DataSource } from 'typeorm';
import { Slot, SlotStatus } from '@ipl/slots';
import { graphqlHttp, signInHttp } from './graphql-http';
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
  matchCandidates: { totalCount: number; nodes: { candidate: { id: string }; explanation: { score: number } }[] };
}

export interface SampleSlot {
  slot: Slot;
  token: string;
}

/** One matchCandidates over HTTP, as the slot's company's HR. */
export function matchOverHttp(graphqlUrl: string, { slot, token }: SampleSlot, first = 20): Promise<MatchResult> {
  return graphqlHttp<MatchResult>(graphqlUrl, MATCH, { slotId: slot.id, first }, token);
}

/** Open slots of a few companies, each with a signed-in HR user of its company. */
export async function sampleSlots(dataSource: DataSource, graphqlUrl: string, random: Random, companies: number): Promise<SampleSlot[]> {
  const users = (await dataSource.query(
    `SELECT DISTINCT ON (u.company_id) u.company_id AS "companyId", u.email FROM app_user u
     WHERE u.role = 'COMPANY_HR' AND EXISTS (SELECT 1 FROM slot s WHERE s.company_id = u.company_id AND s.status = 'OPEN')
     ORDER BY u.company_id, u.email`,
  )) as { companyId: string; email: string }[];
  const tokens = new Map<string, string>();
  for (const user of random.sample(users, companies)) tokens.set(user.companyId, await signInHttp(graphqlUrl, user.email, BENCH_PASSWORD));
  const slots = await dataSource.getRepository(Slot).find({ where: [...tokens.keys()].map((companyId) => ({ companyId, status: SlotStatus.OPEN })), order: { id: 'ASC' } });
  return slots.slice(0, 400).map((slot) => ({ slot, token: tokens.get(slot.companyId) ?? '' }));
}
