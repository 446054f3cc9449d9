import { createHmac } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { auditEvents, graphql, type GraphqlResponse, type TestApp } from '@ipl/testing';
import { SearchIndexes, SearchOutboxRelay } from '@ipl/search';
import { startApi } from '../app';
import { completeInput, CREATE, createCandidate, ERASE, GET, LIST, operatorOf, randomCodiceFiscale, type CandidateView, type OperatorSession } from './operations';

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

  it('refuses a Caritas referral of a person Social Services follows with CONFLICT "already followed elsewhere", naming no one, however the codice fiscale is typed and whatever was consented', async () => {
    for (const consentPurposes of [['MATCHING', 'COORDINATION_BETWEEN_SERVICES'], ['MATCHING']]) {
      const cf = randomCodiceFiscale();
      const first = await createCandidate(api.server, socialServices.token, completeInput(cf, { consentPurposes }));
      // Typed differently: lower case and spaced, the same person.
      const typed = `${cf.slice(0, 3).toLowerCase()} ${cf.slice(3, 6)} ${cf.slice(6).toLowerCase()}`;
      const response = await call(CREATE, { input: completeInput(typed, { consentPurposes }) }, caritas.token);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'CONFLICT', reason: 'ALREADY_FOLLOWED_ELSEWHERE' }));
      const body = JSON.stringify(response);
      for (const secret of ['SST Savena Idice', 'sst.savena@comune.example', socialServices.organisationId, first.id, first.publicCode]) expect(body).not.toContain(secret);
      // Social Services is told nothing (a request would tell it); the audit trail has the attempt.
      expect(await auditEvents(api.dataSource, 'candidate.duplicate_referral', first.id)).toEqual([
        expect.objectContaining({ actorId: caritas.userId, details: { referringOrganisationId: caritas.organisationId } }),
      ]);
      expect(await auditEvents(api.dataSource, 'candidate.duplicate_refused', caritas.organisationId)).toContainEqual(
        expect.objectContaining({ details: { followedBy: [socialServices.organisationId] } }),
      );
    }
  });

  it('refuses a second profile of the same person in the same organisation', async () => {
    const cf = randomCodiceFiscale();
    const first = await createCandidate(api.server, socialServices.token, completeInput(cf));
    const response = await call(CREATE, { input: completeInput(cf, { coordinationConsent: { consentGivenOn: '2026-01-15' } }) }, socialServices.token);
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
