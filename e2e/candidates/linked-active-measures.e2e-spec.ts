import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { auditEvents, graphql, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { completeInput, coordinatedProfile, createCandidate, GET, LIST, operatorOf, randomCodiceFiscale, UPDATE, type CandidateView, type OperatorSession } from './operations';

const LINKS = `query($id: ID!) { candidate(id: $id) { id activeMeasures coordinatedWith { organisation { organisationId name } since activeMeasures } } }`;

interface Linked {
  candidate: { id: string; activeMeasures: string[] | null; coordinatedWith: { organisation: { organisationId: string }; activeMeasures: string[] | null }[] | null };
}

describe('active measures: seen by the owning organisation and by one linked after accepting coordination', () => {
  let api: TestApp;
  let socialServices: OperatorSession;
  let caritas: OperatorSession;
  let stranger: OperatorSession;
  let first: CandidateView;
  let second: CandidateView;

  beforeAll(async () => {
    api = await startApi();
    socialServices = await operatorOf(api.server, api.dataSource, 'PIANURA_OVEST', 'SOCIAL_SERVICES');
    caritas = await operatorOf(api.server, api.dataSource, 'PIANURA_OVEST', 'CARITAS');
    stranger = await operatorOf(api.server, api.dataSource, 'PIANURA_OVEST', 'CARITAS');
    const cf = randomCodiceFiscale();
    first = await createCandidate(api.server, socialServices.token, completeInput(cf, {
      activeMeasures: ['LR_14_2015_PATH'],
      consentPurposes: ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'],
      notes: 'nota riservata del servizio sociale',
    }));
    second = await coordinatedProfile(api.server, caritas, socialServices, completeInput(cf, { activeMeasures: ['EMPLOYMENT_CENTRE_PROGRAMME'] }));
  });
  afterAll(() => api.close());

  it("shows each linked organisation the other profile's active measures through the link, audited as a read of that profile", async () => {
    const seenByCaritas = await graphql<Linked>(api.server, LINKS, { id: second.id }, { token: caritas.token });
    expect(seenByCaritas.errors).toBeUndefined();
    expect(seenByCaritas.data?.candidate).toMatchObject({
      activeMeasures: ['EMPLOYMENT_CENTRE_PROGRAMME'],
      coordinatedWith: [{ organisation: { organisationId: socialServices.organisationId }, activeMeasures: ['LR_14_2015_PATH'] }],
    });
    expect(await auditEvents(api.dataSource, 'candidate.read', first.id)).toContainEqual(
      expect.objectContaining({ actorId: caritas.userId, details: { via: 'coordination', fields: ['activeMeasures'] } }),
    );

    const seenBySocialServices = await graphql<Linked>(api.server, LINKS, { id: first.id }, { token: socialServices.token });
    expect(seenBySocialServices.data?.candidate.coordinatedWith).toEqual([
      expect.objectContaining({ organisation: expect.objectContaining({ organisationId: caritas.organisationId }), activeMeasures: ['EMPLOYMENT_CENTRE_PROGRAMME'] }),
    ]);

    // A change on one side shows on the other.
    await graphql(api.server, UPDATE, { id: first.id, input: { activeMeasures: ['LR_14_2015_PATH', 'INCOME_SUPPORT_ACTIVATION_PACT'] } }, { token: socialServices.token });
    const after = await graphql<Linked>(api.server, LINKS, { id: second.id }, { token: caritas.token });
    expect(after.data?.candidate.coordinatedWith?.[0]?.activeMeasures).toEqual(['LR_14_2015_PATH', 'INCOME_SUPPORT_ACTIVATION_PACT']);
  });

  it('shows nothing else of the linked profile: the link carries only organisation, date and measures; the profile itself stays out of scope', async () => {
    const link = api.app.get(GraphQLSchemaHost).schema.getType('CandidateCoordination') as GraphQLObjectType;
    expect(Object.keys(link.getFields()).sort()).toEqual(['activeMeasures', 'organisation', 'since']);

    const read = await graphql(api.server, GET, { id: first.id }, { token: caritas.token });
    expect(read.data).toBeNull();
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CANDIDATE_NOT_FOUND' });
    const list = await graphql<{ candidates: { nodes: CandidateView[] } }>(api.server, LIST, { first: 100 }, { token: caritas.token });
    expect(list.data?.candidates.nodes.map((node) => node.id)).toEqual([second.id]);
    const body = JSON.stringify([list, await graphql(api.server, LINKS, { id: second.id }, { token: caritas.token })]);
    expect(body).not.toContain(first.id);
    expect(body).not.toContain(first.publicCode);
    expect(body).not.toContain('nota riservata');
  });

  it('shows them to no organisation without a link', async () => {
    const own = await createCandidate(api.server, stranger.token, completeInput(randomCodiceFiscale()));
    const mine = await graphql<Linked>(api.server, LINKS, { id: own.id }, { token: stranger.token });
    expect(mine.data?.candidate.coordinatedWith).toEqual([]);
    for (const id of [first.id, second.id]) {
      const refused = await graphql<Linked>(api.server, LINKS, { id }, { token: stranger.token });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CANDIDATE_NOT_FOUND' });
    }
    expect((await auditEvents(api.dataSource, 'candidate.read', first.id)).filter((event) => event.actorId === stranger.userId)).toEqual([]);
  });
});
