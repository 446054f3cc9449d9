import { Meilisearch } from 'meilisearch';
import { Clock } from '@ipl/core';
import { SearchIndexes, SearchOutboxRelay } from '@ipl/search';
import { romeDate } from '@ipl/slots';
import { createUser, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { admitted, companyWithHr, CREATE_SLOT, PUBLISH_SLOT, slotInput, type CompanyWithHr } from '../albo/fixtures';
import { completeInput, createCandidate, operatorOf, randomCodiceFiscale, type OperatorSession } from '../candidates/operations';
import { PROPOSE, refusal } from '../proposals/fixtures';

const MATCH_SLOTS = `query($candidateId: ID!) { matchSlots(candidateId: $candidateId, first: 50) { nodes { slot { id } explanation { conditionsMet } } } }`;
const MATCH_CANDIDATES = `query($slotId: ID!) { matchCandidates(slotId: $slotId, first: 50) { nodes { candidate { id } explanation { conditionsMet } } } }`;
const SET_INTAKE = 'mutation($id: ID!, $input: SlotIntakeInput!) { setSlotIntake(id: $id, input: $input) { id } }';
const SKILLS = ['lavaggio-stoviglie', 'aiuto-cuoco'];

interface Matches<N> {
  nodes: (N & { explanation: { conditionsMet: string[] } })[];
}

/** The first day of the month after `day` (YYYY-MM-DD), at noon in Bologna. */
function noonOfNextMonth(day: string): Date {
  const [year, month] = day.split('-').map(Number);
  return new Date(Date.UTC(month === 12 ? year + 1 : year, month === 12 ? 0 : month, 1, 10));
}

describe('matching: the hard constraints left to the index (monthly cap, language support)', () => {
  let api: TestApp;
  let company: CompanyWithHr;
  let reno: OperatorSession;

  const slot = async (overrides: Record<string, unknown>) => {
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(SKILLS, overrides) }, { token: company.hrToken });
    await graphqlOk(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
    return createSlot.id;
  };
  const person = async (change: Record<string, unknown> = {}) =>
    (await createCandidate(api.server, reno.token, completeInput(randomCodiceFiscale(), { residenceComuneCode: 'CASALECCHIO_DI_RENO', skillIds: SKILLS, ...change }))).id;
  const slotsFor = async (candidateId: string) =>
    (await graphqlOk<{ matchSlots: Matches<{ slot: { id: string } }> }>(api.server, MATCH_SLOTS, { candidateId }, { token: reno.token })).matchSlots.nodes;
  const candidatesFor = async (slotId: string) =>
    (await graphqlOk<{ matchCandidates: Matches<{ candidate: { id: string } }> }>(api.server, MATCH_CANDIDATES, { slotId }, { token: company.hrToken })).matchCandidates.nodes;
  const deliver = () => api.app.get(SearchOutboxRelay).deliverAll();

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    const adminToken = (await signIn(api.server, admin.email)).accessToken;
    company = await companyWithHr(api, adminToken);
    await admitted(api, adminToken, company);
    reno = await operatorOf(api.server, api.dataSource, 'RENO_LAVINO_SAMOGGIA');
  }, 60_000);
  afterAll(() => api.close());

  it('leaves out a slot whose monthly cap is reached, and takes it back when the month turns or the cap is raised', async () => {
    const capped = await slot({ title: 'Tirocinio con tetto mensile' });
    await graphqlOk(api.server, SET_INTAKE, { id: capped, input: { monthlyProposalCap: 2 } }, { token: company.hrToken });
    const [first, second, third] = [await person(), await person(), await person()];
    await deliver();
    expect((await slotsFor(third)).map((node) => node.slot.id)).toContain(capped);

    await graphqlOk(api.server, PROPOSE, { input: { slotId: capped, candidateId: first } }, { token: reno.token });
    await deliver();
    // One proposal of two: still offered.
    expect((await slotsFor(third)).map((node) => node.slot.id)).toContain(capped);
    await graphqlOk(api.server, PROPOSE, { input: { slotId: capped, candidateId: second } }, { token: reno.token });
    await deliver();
    expect((await slotsFor(third)).map((node) => node.slot.id)).not.toContain(capped);
    // The index and the proposal rule agree: the slot would refuse the person anyway.
    expect((await refusal(api, PROPOSE, { slotId: capped, candidateId: third }, reno.token)).reason).toBe('MONTHLY_CAP_REACHED');

    const nextMonth = noonOfNextMonth(romeDate(new Date()));
    const document = await api.app.get(Meilisearch).index(api.app.get(SearchIndexes).uid('slots')).getDocument(capped);
    expect(document.monthlyCapReopensDay).toBe(Number(romeDate(nextMonth).replaceAll('-', '')));

    // The month turns: no write, no reindex, the slot is back.
    const clock = jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(nextMonth);
    try {
      expect((await slotsFor(third)).map((node) => node.slot.id)).toContain(capped);
    } finally {
      clock.mockRestore();
    }

    await graphqlOk(api.server, SET_INTAKE, { id: capped, input: { monthlyProposalCap: 3 } }, { token: company.hrToken });
    await deliver();
    expect((await slotsFor(third)).map((node) => node.slot.id)).toContain(capped);
  });

  it('matches a person who needs language support only with slots that offer it, both ways', async () => {
    const helped = await slot({ title: 'Tirocinio con affiancamento linguistico', offersLanguageSupport: true });
    const plain = await slot({ title: 'Tirocinio senza affiancamento linguistico', offersLanguageSupport: false });
    const needsSupport = await person({ supportNeeds: ['LANGUAGE_SUPPORT'] });
    const needsNothing = await person({ supportNeeds: [] });
    await deliver();

    const slots = await slotsFor(needsSupport);
    expect(slots.map((node) => node.slot.id)).toContain(helped);
    expect(slots.map((node) => node.slot.id)).not.toContain(plain);
    expect(slots.find((node) => node.slot.id === helped)?.explanation.conditionsMet).toContain('LANGUAGE_SUPPORT');
    expect((await slotsFor(needsNothing)).map((node) => node.slot.id)).toEqual(expect.arrayContaining([helped, plain]));

    const onHelped = await candidatesFor(helped);
    expect(onHelped.find((node) => node.candidate.id === needsSupport)?.explanation.conditionsMet).toContain('LANGUAGE_SUPPORT');
    expect((await candidatesFor(plain)).map((node) => node.candidate.id)).not.toContain(needsSupport);
    expect((await candidatesFor(plain)).map((node) => node.candidate.id)).toContain(needsNothing);
  });
});
