import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { Role, type AuthUser } from '@ipl/access';
import { MatchingService } from '@ipl/matching';
import { Meilisearch } from 'meilisearch';
import { SearchIndexes, SearchOutboxRelay } from '@ipl/search';
import { countQueries, createUser, errorOf, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { PROPOSE } from '../proposals/fixtures';
import { admitted, companyWithHr, CREATE_SLOT, inDays, PUBLISH_SLOT, slotInput, type CompanyWithHr } from '../albo/fixtures';
import { completeInput, countAudit, createCandidate, operatorOf, randomCodiceFiscale, WITHDRAW, type CandidateView, type OperatorSession } from '../candidates/operations';

const MATCH_CANDIDATES = `query($slotId: ID!, $first: Int, $after: String) {
  matchCandidates(slotId: $slotId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      candidate { id publicCode districtCode comuneCode skillIds supportNeeds }
      explanation { score skillsFit districtRelation skillsMatched { skillId label required } skillsMissing { skillId label required } conditionsMet }
    }
  }
}`;
const MATCH_SLOTS = `query($candidateId: ID!) {
  matchSlots(candidateId: $candidateId, first: 50) {
    totalCount nodes { slot { id title districtCode } explanation { score districtRelation skillsMatched { skillId } conditionsMet } }
  }
}`;

interface Explanation {
  score: number;
  skillsFit: number;
  districtRelation: string;
  skillsMatched: { skillId: string | null; label: string; required: boolean }[];
  skillsMissing: { skillId: string | null; label: string; required: boolean }[];
  conditionsMet: string[];
}
interface CandidateMatchNode {
  candidate: { id: string; publicCode: string; districtCode: string; comuneCode: string | null; skillIds: string[] };
  explanation: Explanation;
}
interface MatchCandidatesResult {
  matchCandidates: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: CandidateMatchNode[] };
}

describe('matching: candidates for a slot, slots for a candidate', () => {
  let api: TestApp;
  let forno: CompanyWithHr;
  let other: CompanyWithHr;
  let reno: OperatorSession;
  let imola: OperatorSession;
  let bologna: OperatorSession;
  let skills: { id: string; label: string }[];
  let slotId: string;
  let nightSlotId: string;
  const people: Record<string, CandidateView> = {};

  async function slot(company: CompanyWithHr, overrides: Record<string, unknown>, publish = true): Promise<string> {
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput([], overrides) }, { token: company.hrToken });
    if (publish) await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
    return createSlot.id;
  }

  async function person(operator: OperatorSession, change: Record<string, unknown>): Promise<CandidateView> {
    return createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale(), { freeSkillLabels: [], ...change }));
  }

  const matchCandidates = async (id: string, token = forno.hrToken) =>
    (await graphqlOk<MatchCandidatesResult>(api.server, MATCH_CANDIDATES, { slotId: id, first: 50 }, { token })).matchCandidates;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    const adminToken = (await signIn(api.server, admin.email)).accessToken;
    forno = await companyWithHr(api, adminToken, { legalName: 'Forno del Reno S.r.l.' });
    await admitted(api, adminToken, forno);
    other = await companyWithHr(api, adminToken, { legalName: 'Officina Altrove S.n.c.' });
    await admitted(api, adminToken, other);
    skills = (await api.dataSource.query('SELECT id, label FROM skill ORDER BY id LIMIT 3')) as { id: string; label: string }[];
    const [r1, r2, n1] = skills.map((skill) => skill.id);

    // A tirocinio in Casalecchio di Reno: two required skills, one nice-to-have, day shifts, tutor.
    slotId = await slot(forno, { requiredSkillIds: [r1, r2], niceToHaveSkillIds: [n1], freeSkillLabels: [], shifts: ['DAY'], hoursPerWeek: 20, startDate: inDays(30) });
    // Nights, no tutor, Italian at B2.
    nightSlotId = await slot(forno, {
      requiredSkillIds: [r1], niceToHaveSkillIds: [], freeSkillLabels: [], shifts: ['NIGHT'], offersTutor: false, offersGradualStart: false,
      languages: [{ code: 'it', minLevel: 'B2' }], startDate: inDays(30),
    });

    reno = await operatorOf(api.server, api.dataSource, 'RENO_LAVINO_SAMOGGIA');
    imola = await operatorOf(api.server, api.dataSource, 'IMOLA');
    bologna = await operatorOf(api.server, api.dataSource, 'BOLOGNA');
    const casalecchio = { residenceComuneCode: 'CASALECCHIO_DI_RENO' };
    people.close = await person(reno, { ...casalecchio, skillIds: [r1, r2] });
    people.fewer = await person(reno, { ...casalecchio, skillIds: [r1] });
    people.perfectImola = await person(imola, { residenceComuneCode: 'IMOLA', skillIds: [r1, r2, n1] });
    const night = { residenceComuneCode: 'BOLOGNA', skillIds: [r1], shifts: ['DAY', 'NIGHT'], supportNeeds: [], languages: [{ language: 'it', level: 'C1' }] };
    people.nightOk = await person(bologna, night);
    people.nightNeedsTutor = await person(bologna, { ...night, supportNeeds: ['NEEDS_TUTOR'] });
    people.nightNoNights = await person(bologna, { ...night, supportNeeds: ['NO_NIGHT_SHIFTS'] });
    people.nightLowItalian = await person(bologna, { ...night, languages: [{ language: 'it', level: 'B1' }] });
    people.withdrawn = await person(bologna, { residenceComuneCode: 'BOLOGNA', skillIds: [r1, r2, n1] });
    people.stale = await person(bologna, { residenceComuneCode: 'BOLOGNA', skillIds: [r1, r2, n1] });
    people.noConsent = await person(bologna, { residenceComuneCode: 'BOLOGNA', skillIds: [r1, r2, n1], consentPurposes: [] });
    await graphqlOk(api.server, WITHDRAW, { id: people.withdrawn.id }, { token: bologna.token });
    await api.app.get(SearchOutboxRelay).deliverAll();
    // Past its reconfirmation date after indexing: the index still holds it, PostgreSQL decides.
    await api.dataSource.query("UPDATE candidate SET reconfirm_due_at = now() - interval '1 day' WHERE id = $1", [people.stale.id]);
  }, 120_000);
  afterAll(() => api.close());

  const ids = (nodes: CandidateMatchNode[]) => nodes.map((node) => node.candidate.id);

  it('ranks a close fit of the slot’s district above a perfect fit from a district that is not a neighbour, and both above fewer skills', async () => {
    const result = await matchCandidates(slotId);
    const order = ids(result.nodes);
    expect(order.indexOf(people.close.id)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(people.close.id)).toBeLessThan(order.indexOf(people.perfectImola.id));
    expect(order.indexOf(people.perfectImola.id)).toBeLessThan(order.indexOf(people.fewer.id));
    const scores = result.nodes.map((node) => node.explanation.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('flips when the weight of other districts rises above the close fit (the documented parameter)', async () => {
    const hrUser = await createUser(api.dataSource, 'COMPANY_HR', { companyId: forno.companyId });
    const hr: AuthUser = { id: hrUser.id, role: Role.COMPANY_HR, companyId: forno.companyId, organisationId: null, districtCode: null, scopeAdmin: false, secondFactorPending: false };
    const matching = api.app.get(MatchingService);
    const tuned = await matching.matchCandidates(slotId, { first: 50 }, hr, { weights: { SAME: 1, NEIGHBOUR: 0.9, OTHER: 0.85 } });
    const order = tuned.nodes.map((node) => node.candidate.id);
    expect(order.indexOf(people.perfectImola.id)).toBeLessThan(order.indexOf(people.close.id));
    expect(tuned.nodes.find((node) => node.candidate.id === people.perfectImola.id)?.explanation.score).toBe(85);
  });

  it('explains each result: skills matched and missing, district relation, conditions met, score', async () => {
    const [r1, r2, n1] = skills;
    const { nodes } = await matchCandidates(slotId);
    const close = nodes.find((node) => node.candidate.id === people.close.id)!;
    expect(close.explanation).toEqual({
      score: 80,
      skillsFit: 80,
      districtRelation: 'SAME',
      skillsMatched: [
        { skillId: r1.id, label: r1.label, required: true },
        { skillId: r2.id, label: r2.label, required: true },
      ],
      skillsMissing: [{ skillId: n1.id, label: n1.label, required: false }],
      conditionsMet: ['CONSENT', 'HOURS', 'SHIFTS', 'TUTOR', 'GRADUAL_START', 'LANGUAGES'],
    });
    const imolaNode = nodes.find((node) => node.candidate.id === people.perfectImola.id)!;
    expect(imolaNode.explanation).toMatchObject({ score: 60, skillsFit: 100, districtRelation: 'OTHER', skillsMissing: [] });
    const fewer = nodes.find((node) => node.candidate.id === people.fewer.id)!;
    expect(fewer.explanation.skillsMissing.map((skill) => skill.skillId)).toEqual([r2.id, n1.id]);
    const nightOk = nodes.find((node) => node.candidate.id === people.nightOk.id);
    expect(nightOk?.explanation.districtRelation).toBe('NEIGHBOUR');
  });

  it('never shows a withdrawn, stale or unconsented profile', async () => {
    const order = ids((await matchCandidates(slotId)).nodes);
    for (const name of ['withdrawn', 'stale', 'noConsent']) expect(order).not.toContain(people[name].id);
  });

  it('applies the hard constraints: no nights for who cannot, no tutor for who needs one, the language level asked', async () => {
    const order = ids((await matchCandidates(nightSlotId)).nodes);
    expect(order).toContain(people.nightOk.id);
    for (const name of ['nightNeedsTutor', 'nightNoNights', 'nightLowItalian', 'close', 'perfectImola']) expect(order).not.toContain(people[name].id);
  });

  it('shows HR the anonymised projection, hides the comune of a district with fewer than 5 active candidates, and audits each read', async () => {
    const type = api.app.get(GraphQLSchemaHost).schema.getType('MatchedCandidate') as GraphQLObjectType;
    const fields = Object.keys(type.getFields());
    for (const forbidden of ['organisationId', 'organisation', 'notes', 'personKey', 'experiences', 'activeMeasures', 'consentGivenAt']) expect(fields).not.toContain(forbidden);
    const before = await countAudit(api.dataSource, 'candidate.read', people.close.id);
    const { nodes } = await matchCandidates(slotId);
    expect(nodes.find((node) => node.candidate.id === people.close.id)?.candidate).toMatchObject({ districtCode: 'RENO_LAVINO_SAMOGGIA', comuneCode: null });
    expect(await countAudit(api.dataSource, 'candidate.read', people.close.id)).toBe(before + 1);
  });

  it('pages through the ranking with cursors', async () => {
    const all = ids((await matchCandidates(slotId)).nodes);
    const first = (await graphqlOk<MatchCandidatesResult>(api.server, MATCH_CANDIDATES, { slotId, first: 2 }, { token: forno.hrToken })).matchCandidates;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await graphqlOk<MatchCandidatesResult>(api.server, MATCH_CANDIDATES, { slotId, first: 2, after: first.pageInfo.endCursor }, { token: forno.hrToken }))
      .matchCandidates;
    expect([...ids(first.nodes), ...ids(second.nodes)]).toEqual(all.slice(0, 4));
  });

  it('costs at most 2 SQL statements a match, both ways, whatever the page size or the page (the token check aside)', async () => {
    // The statements of the request itself: the user's row read by authentication is another part's.
    const statements = async (query: string, variables: Record<string, unknown>, token: string) => {
      const { queries } = await countQueries(api.dataSource, () => graphqlOk(api.server, query, variables, { token }));
      return queries.filter((sql) => !/\bapp_user\b/.test(sql)).length;
    };
    const first = (await graphqlOk<MatchCandidatesResult>(api.server, MATCH_CANDIDATES, { slotId, first: 2 }, { token: forno.hrToken })).matchCandidates;
    for (const variables of [{ first: 1 }, { first: 2 }, { first: 50 }, { first: 2, after: first.pageInfo.endCursor }]) {
      expect({ variables, sent: await statements(MATCH_CANDIDATES, { slotId, ...variables }, forno.hrToken) }).toEqual({ variables, sent: 2 });
    }
    expect(await statements(MATCH_SLOTS, { candidateId: people.close.id }, reno.token)).toBe(2);
  });

  it('refuses HR of another company as an unknown slot, published or draft', async () => {
    expect((await errorOf(api.server, MATCH_CANDIDATES, { slotId }, { token: other.hrToken })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SLOT_NOT_FOUND' });
    const draft = await slot(forno, { requiredSkillIds: [skills[0].id] }, false);
    expect((await errorOf(api.server, MATCH_CANDIDATES, { slotId: draft }, { token: other.hrToken })).extensions.code).toBe('NOT_FOUND');
    expect((await errorOf(api.server, MATCH_CANDIDATES, { slotId }, { token: reno.token })).extensions.code).toBe('FORBIDDEN');
  });

  it('ranks slots for an operator’s own candidate, with the explanation, and refuses another organisation', async () => {
    const { matchSlots } = await graphqlOk<{ matchSlots: { nodes: { slot: { id: string }; explanation: Explanation }[] } }>(
      api.server, MATCH_SLOTS, { candidateId: people.close.id }, { token: reno.token },
    );
    const slots = matchSlots.nodes.map((node) => node.slot.id);
    expect(slots).toContain(slotId);
    // Nights and no tutor: not for this person.
    expect(slots).not.toContain(nightSlotId);
    expect(matchSlots.nodes.find((node) => node.slot.id === slotId)?.explanation).toMatchObject({ score: 80, districtRelation: 'SAME' });
    const nightFor = await graphqlOk<{ matchSlots: { nodes: { slot: { id: string }; explanation: Explanation }[] } }>(api.server, MATCH_SLOTS, { candidateId: people.nightOk.id }, { token: bologna.token });
    // A Bologna person and a slot in the neighbouring Reno district: seen from the person, still neighbours.
    expect(nightFor.matchSlots.nodes.find((node) => node.slot.id === nightSlotId)?.explanation.districtRelation).toBe('NEIGHBOUR');
    const low = await graphqlOk<{ matchSlots: { nodes: { slot: { id: string } }[] } }>(api.server, MATCH_SLOTS, { candidateId: people.nightLowItalian.id }, { token: bologna.token });
    expect(low.matchSlots.nodes.map((node) => node.slot.id)).not.toContain(nightSlotId);
    expect((await errorOf(api.server, MATCH_SLOTS, { candidateId: people.close.id }, { token: imola.token })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CANDIDATE_NOT_FOUND' });
    expect((await errorOf(api.server, MATCH_SLOTS, { candidateId: people.close.id }, { token: forno.hrToken })).extensions.code).toBe('FORBIDDEN');
  });

  it('finds a person through the vocabulary’s Italian synonyms, and explains the skill as matched', async () => {
    const forklift = await slot(forno, { requiredSkillIds: ['conduzione-carrello-elevatore'], niceToHaveSkillIds: [], freeSkillLabels: [], startDate: inDays(30) });
    const carrellista = await person(reno, { residenceComuneCode: 'CASALECCHIO_DI_RENO', skillIds: [], freeSkillLabels: ['carrellista'] });
    await api.app.get(SearchOutboxRelay).deliverAll();
    const { nodes } = await matchCandidates(forklift);
    const found = nodes.find((node) => node.candidate.id === carrellista.id);
    // No vocabulary skill: only the text search, through the synonyms, finds this person.
    expect(found?.candidate.skillIds).toEqual([]);
    expect(found?.explanation).toMatchObject({ score: 100, skillsMissing: [] });
    expect(found?.explanation.skillsMatched.map((skill) => skill.skillId)).toEqual(['conduzione-carrello-elevatore']);
  });

  it('keeps the slots index to open slots, without the description, fed by every slot write', async () => {
    const uid = api.app.get(SearchIndexes).uid('slots');
    const document = await api.app.get(Meilisearch).index(uid).getDocument(nightSlotId);
    expect(document).toMatchObject({ id: nightSlotId, status: 'OPEN', districtCode: 'RENO_LAVINO_SAMOGGIA', shifts: ['NIGHT'], languageRequirements: ['it:B2'] });
    expect(document).not.toHaveProperty('description');
    await graphqlOk(api.server, 'mutation($id: ID!) { closeSlot(id: $id) { id } }', { id: nightSlotId }, { token: forno.hrToken });
    await api.app.get(SearchOutboxRelay).deliverAll();
    const nightFor = await graphqlOk<{ matchSlots: { nodes: { slot: { id: string } }[] } }>(api.server, MATCH_SLOTS, { candidateId: people.nightOk.id }, { token: bologna.token });
    expect(nightFor.matchSlots.nodes.map((node) => node.slot.id)).not.toContain(nightSlotId);
    const { results } = await api.app.get(Meilisearch).index(uid).getDocuments({ limit: 100, fields: ['id'] });
    expect(results.map((row) => row.id)).not.toContain(nightSlotId);
  });

  it('leaves out a slot whose intake is paused, and brings it back when resumed', async () => {
    const SET_INTAKE = 'mutation($id: ID!, $input: SlotIntakeInput!) { setSlotIntake(id: $id, input: $input) { id } }';
    const slotsFor = async () =>
      (await graphqlOk<{ matchSlots: { nodes: { slot: { id: string } }[] } }>(api.server, MATCH_SLOTS, { candidateId: people.close.id }, { token: reno.token })).matchSlots.nodes.map(
        (node) => node.slot.id,
      );
    await graphqlOk(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: inDays(10) } }, { token: forno.hrToken });
    await api.app.get(SearchOutboxRelay).deliverAll();
    expect(await slotsFor()).not.toContain(slotId);
    await graphqlOk(api.server, SET_INTAKE, { id: slotId, input: { pausedUntil: null } }, { token: forno.hrToken });
    await api.app.get(SearchOutboxRelay).deliverAll();
    expect(await slotsFor()).toContain(slotId);
  });

  it('leaves out a candidate already proposed to the slot, and the slot from that candidate’s matches', async () => {
    const slotsFor = async (candidateId: string) =>
      (await graphqlOk<{ matchSlots: { nodes: { slot: { id: string } }[] } }>(api.server, MATCH_SLOTS, { candidateId }, { token: reno.token })).matchSlots.nodes.map(
        (node) => node.slot.id,
      );
    expect(ids((await matchCandidates(slotId)).nodes)).toContain(people.fewer.id);
    expect(await slotsFor(people.fewer.id)).toContain(slotId);
    await graphqlOk(api.server, PROPOSE, { input: { slotId, candidateId: people.fewer.id } }, { token: reno.token });
    expect(ids((await matchCandidates(slotId)).nodes)).not.toContain(people.fewer.id);
    expect(await slotsFor(people.fewer.id)).not.toContain(slotId);
  });
});

describe('matching on a fresh deployment, before the search outbox has delivered anything', () => {
  let api: TestApp;
  afterAll(() => api?.close());

  it('answers an empty match, not an internal error about a missing index', async () => {
    // Without the worker nothing is delivered, so neither index exists yet.
    api = await startApi({ env: { SEARCH_WORKER_ENABLED: 'false' } });
    const adminToken = (await signIn(api.server, (await createUser(api.dataSource, 'ADMIN')).email)).accessToken;
    const company = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, company);
    const [skill] = (await api.dataSource.query('SELECT id FROM skill ORDER BY id LIMIT 1')) as { id: string }[];
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput([], { requiredSkillIds: [skill.id], startDate: inDays(30) }) }, { token: company.hrToken });
    await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
    const operator = await operatorOf(api.server, api.dataSource, 'BOLOGNA');
    const candidate = await createCandidate(api.server, operator.token, completeInput(randomCodiceFiscale(), { freeSkillLabels: [], skillIds: [skill.id] }));

    const { matchCandidates } = await graphqlOk<MatchCandidatesResult>(api.server, MATCH_CANDIDATES, { slotId: createSlot.id, first: 10 }, { token: company.hrToken });
    expect(matchCandidates.nodes).toEqual([]);
    const { matchSlots } = await graphqlOk<{ matchSlots: { nodes: unknown[] } }>(api.server, MATCH_SLOTS, { candidateId: candidate.id }, { token: operator.token });
    expect(matchSlots.nodes).toEqual([]);
  }, 60_000);
});
