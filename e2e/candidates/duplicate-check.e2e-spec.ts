import { createHmac } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { auditEvents, graphql, type GraphqlResponse, type TestApp } from '@ipl/testing';
import { SearchIndexes, SearchOutboxRelay } from '@ipl/search';
import { startApi } from '../app';
import { completeInput, CREATE, createCandidate, ERASE, GET, LIST, operatorOf, randomCodiceFiscale, type CandidateView, type OperatorSession } from './operations';

interface Contact {
  organisationId: string;
  name: string;
  contactEmail: string | null;
}

describe('cross-channel duplicate check without identity', () => {
  let api: TestApp;
  let socialServices: OperatorSession;
  let caritas: OperatorSession;
  /** Every response body of this file, to prove that no codice fiscale or key ever leaves. */
  const bodies: string[] = [];

  async function call<T>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphqlResponse<T>> {
    const response = await graphql<T>(api.server, query, variables, { token });
    bodies.push(JSON.stringify(response));
    return response;
  }

  beforeAll(async () => {
    api = await startApi();
    socialServices = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'SOCIAL_SERVICES');
    caritas = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'CARITAS');
    await api.dataSource.query(`UPDATE organisation SET name = 'SST Savena Idice', contact_email = 'sst.savena@comune.example' WHERE id = $1`, [socialServices.organisationId]);
    await api.dataSource.query(`UPDATE organisation SET name = 'Caritas San Lazzaro', contact_email = 'ascolto@caritas.example' WHERE id = $1`, [caritas.organisationId]);
  });
  afterAll(() => api.close());

  it('refuses a Caritas referral of a person Social Services follows with CONFLICT naming Social Services, when consent covers coordination; both sides are told', async () => {
    const cf = randomCodiceFiscale();
    const first = await createCandidate(api.server, socialServices.token, completeInput(cf, { consentPurposes: ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'] }));
    // Typed differently: lower case and spaced, the same person.
    const typed = `${cf.slice(0, 3).toLowerCase()} ${cf.slice(3, 6)} ${cf.slice(6).toLowerCase()}`;
    const response = await call(CREATE, { input: completeInput(typed, { consentPurposes: ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'] }) }, caritas.token);
    const error = response.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_FOLLOWED_ELSEWHERE' });
    expect(error?.message).toContain('SST Savena Idice');
    expect(error?.extensions.organisations as Contact[]).toEqual([
      expect.objectContaining({ organisationId: socialServices.organisationId, name: 'SST Savena Idice', contactEmail: 'sst.savena@comune.example' }),
    ]);

    // The other side sees who to coordinate with, and the audit trail has the note.
    const owner = await call<{ candidate: CandidateView & { referralNotices: { organisation: Contact | null }[] } }>(GET, { id: first.id }, socialServices.token);
    expect(owner.data?.candidate.referralNotices).toEqual([expect.objectContaining({ organisation: expect.objectContaining({ name: 'Caritas San Lazzaro' }) })]);
    expect(await auditEvents(api.dataSource, 'candidate.duplicate_referral', first.id)).toEqual([
      expect.objectContaining({ actorId: caritas.userId, details: { referringOrganisationId: caritas.organisationId, disclosedToOwner: true } }),
    ]);

    // After coordinating, the Caritas operator creates the profile; both are linked and both see it.
    const coordinated = await call<{ createCandidate: CandidateView & { coordinatedWith: { organisation: Contact }[] } }>(
      CREATE,
      { input: { ...completeInput(cf), coordinated: true } },
      caritas.token,
    );
    expect(coordinated.errors).toBeUndefined();
    expect(coordinated.data?.createCandidate.coordinatedWith.map((link) => link.organisation.name)).toEqual(['SST Savena Idice']);
    const ownerAfter = await call<{ candidate: { coordinatedWith: { organisation: Contact }[] } }>(GET, { id: first.id }, socialServices.token);
    expect(ownerAfter.data?.candidate.coordinatedWith.map((link) => link.organisation.name)).toEqual(['Caritas San Lazzaro']);
    expect(await auditEvents(api.dataSource, 'candidate.linked', first.id)).toHaveLength(1);
  });

  it('without consent to coordination, says only that another organisation of the network follows the person and points to the Ufficio di Piano', async () => {
    const cf = randomCodiceFiscale();
    const first = await createCandidate(api.server, caritas.token, completeInput(cf, { consentPurposes: ['MATCHING'] }));
    const response = await call(CREATE, { input: completeInput(cf) }, socialServices.token);
    const error = response.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_FOLLOWED_ELSEWHERE_UNDISCLOSED', ufficioDiPianoDistrictCode: 'SAVENA_IDICE' });
    expect(error?.extensions.messages?.it).toContain('Ufficio di Piano');
    const body = JSON.stringify(response);
    expect(body).not.toContain('Caritas');
    expect(body).not.toContain(caritas.organisationId);
    // Nor is the newcomer named to the owner, whose consent was not given for it.
    const owner = await call<{ candidate: { referralNotices: { organisation: Contact | null; ufficioDiPianoDistrictCode: string }[] } }>(GET, { id: first.id }, caritas.token);
    expect(owner.data?.candidate.referralNotices).toEqual([expect.objectContaining({ organisation: null, ufficioDiPianoDistrictCode: 'SAVENA_IDICE' })]);
  });

  it('refuses a second profile of the same person in the same organisation', async () => {
    const cf = randomCodiceFiscale();
    const first = await createCandidate(api.server, socialServices.token, completeInput(cf));
    const response = await call(CREATE, { input: { ...completeInput(cf), coordinated: true } }, socialServices.token);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REFERRED_HERE', publicCode: first.publicCode });
  });

  it('lets exactly one of two simultaneous referrals of the same person through', async () => {
    const cf = randomCodiceFiscale();
    const responses = await Promise.all([
      call(CREATE, { input: completeInput(cf) }, socialServices.token),
      call(CREATE, { input: completeInput(cf) }, caritas.token),
    ]);
    expect(responses.filter((response) => !response.errors).length).toBe(1);
    expect(responses.filter((response) => response.errors?.[0]?.extensions.code === 'CONFLICT').length).toBe(1);
  });

  it('keeps only HMAC-SHA256(pepper, normalised codice fiscale): never in a response, never in Meilisearch', async () => {
    const cf = randomCodiceFiscale();
    const created = await call<{ createCandidate: CandidateView }>(CREATE, { input: completeInput(cf.toLowerCase()) }, socialServices.token);
    const id = created.data?.createCandidate.id;
    const [{ person_key: stored }] = (await api.dataSource.query('SELECT person_key FROM candidate WHERE id = $1', [id])) as { person_key: string }[];
    const pepper = process.env.DUPLICATE_CHECK_PEPPER ?? '';
    expect(pepper.length).toBeGreaterThanOrEqual(32);
    expect(stored).toBe(createHmac('sha256', pepper).update(cf).digest('hex'));
    const row = JSON.stringify(await api.dataSource.query('SELECT * FROM candidate WHERE id = $1', [id]));
    expect(row).not.toContain(cf);

    await call(LIST, { first: 100 }, socialServices.token);
    await call(GET, { id }, socialServices.token);
    const keys = ((await api.dataSource.query('SELECT person_key FROM candidate')) as { person_key: string }[]).map((r) => r.person_key);
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) {
      expect(body).not.toContain(cf);
      for (const key of keys) expect(body).not.toContain(key);
      expect(body).not.toMatch(/personKey|person_key/);
    }

    await api.app.get(SearchOutboxRelay).deliverAll();
    const index = api.app.get(Meilisearch).index(api.app.get(SearchIndexes).uid('candidates'));
    const documents = await index.getDocuments({ limit: 1000 });
    expect(documents.results.map((document) => document.id)).toContain(id);
    const indexed = JSON.stringify(documents.results);
    expect(indexed).not.toContain(cf);
    for (const key of keys) expect(indexed).not.toContain(key);
    expect(indexed).not.toMatch(/notes|personKey|organisationId|activeMeasures/);

    // Erasure leaves no trace in PostgreSQL or Meilisearch besides the audit event.
    await call(ERASE, { id }, socialServices.token);
    await api.app.get(SearchOutboxRelay).deliverAll();
    expect((await index.getDocuments({ limit: 1000 })).results.map((document) => document.id)).not.toContain(id);
    expect(await api.dataSource.query('SELECT 1 FROM candidate WHERE id = $1', [id])).toEqual([]);
    expect(await api.dataSource.query('SELECT 1 FROM candidate WHERE person_key = $1', [stored])).toEqual([]);
  });
});
