import { Meilisearch } from 'meilisearch';
import { AuthRetentionJob } from '@ipl/auth';
import { CandidateJobs } from '@ipl/candidates';
import { MailRetentionJob } from '@ipl/mail';
import { NotificationsRetentionJob } from '@ipl/notifications';
import { Clock } from '@ipl/core';
import { SearchIndexes, SearchOutboxRelay } from '@ipl/search';
import { auditEvents, graphql, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { completeInput, coordinatedProfile, CREATE, createCandidate, ERASE, GET, operatorOf, randomCodiceFiscale, tokenOf, type OperatorSession } from './operations';

const DAY = 24 * 60 * 60 * 1000;

interface Counter {
  districtCode: string;
  channel: string;
  month: string;
  finalStatus: string;
  reason: string;
  erased: number;
}

describe('erasure leaves no trace in PostgreSQL or Meilisearch besides anonymous counters', () => {
  let api: TestApp;
  let socialServices: OperatorSession;
  let caritas: OperatorSession;

  const counters = async (): Promise<Counter[]> =>
    (await api.dataSource.query(
      `SELECT district_code AS "districtCode", channel, to_char(month, 'YYYY-MM-DD') AS month, final_status AS "finalStatus", reason, erased
       FROM candidate_erasure_count ORDER BY 1, 2, 3, 4, 5`,
    )) as Counter[];
  const indexedDocuments = async () => {
    await api.app.get(SearchOutboxRelay).deliverAll();
    const index = api.app.get(Meilisearch).index(api.app.get(SearchIndexes).uid('candidates'));
    return (await index.getDocuments({ limit: 1000 })).results;
  };
  /** Every row of every table of the database, as text, with its table. */
  const everyRow = async (): Promise<{ table: string; row: string }[]> => {
    const tables = (await api.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    )) as { name: string }[];
    const rows: { table: string; row: string }[] = [];
    for (const { name } of tables) {
      for (const { row } of (await api.dataSource.query(`SELECT t::text AS row FROM "${name}" t`)) as { row: string }[]) rows.push({ table: name, row });
    }
    return rows;
  };

  beforeAll(async () => {
    api = await startApi();
    socialServices = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'SOCIAL_SERVICES');
    caritas = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'CARITAS');
  });
  afterAll(() => api.close());

  it('erases a linked, coordinated, read and indexed profile: nothing identifies it afterwards, and one counter says one profile went', async () => {
    const cf = randomCodiceFiscale();
    const erased = await createCandidate(api.server, socialServices.token, completeInput(cf, {
      consentPurposes: ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'],
      notes: 'segno particolare: disponibile solo il martedi',
    }));
    // A refused referral, then a coordination request, accepted (links both ways, requests, notifications).
    expect((await graphql(api.server, CREATE, { input: completeInput(cf) }, { token: caritas.token })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const kept = await coordinatedProfile(api.server, caritas, socialServices, completeInput(cf));
    await graphql(api.server, GET, { id: erased.id }, { token: socialServices.token });
    await graphql(api.server, `query($id: ID!) { candidate(id: $id) { coordinatedWith { activeMeasures } } }`, { id: kept.id }, { token: caritas.token });
    const [{ person_key: personKey }] = (await api.dataSource.query('SELECT person_key FROM candidate WHERE id = $1', [erased.id])) as { person_key: string }[];
    expect((await indexedDocuments()).map((document) => document.id)).toContain(erased.id);
    expect((await everyRow()).filter(({ row }) => row.includes(erased.publicCode)).length).toBeGreaterThan(0);
    // A reconfirmation reminder already sent listed its public code (reminders carry codes only).
    await api.dataSource.query(
      "INSERT INTO mail_message (recipient, kind, subject, body, transport) VALUES ('ufficio@test.example', 'candidate-reconfirmation-reminder', 'Promemoria', $1, 'database')",
      [`Profili da riconfermare: ${erased.publicCode}`],
    );
    // So did a proposal's in-app notification (titles carry public codes only).
    await api.dataSource.query(
      `INSERT INTO notification (recipient_user_id, kind, subject_type, subject_id, title_it, title_en, email_delivery)
       VALUES ($1, 'PROPOSAL_RECEIVED', 'proposal', 'p-1', $2, $3, 'OFF')`,
      [socialServices.userId, `Proposta per ${erased.publicCode}`, `Proposal for ${erased.publicCode}`],
    );
    const before = await counters();

    // Refused erasures count nothing.
    const stranger = await operatorOf(api.server, api.dataSource, 'SAVENA_IDICE', 'CARITAS');
    expect((await graphql(api.server, ERASE, { id: erased.id }, { token: stranger.token })).errors?.[0]?.extensions.reason).toBe('CANDIDATE_NOT_FOUND');
    expect(await counters()).toEqual(before);

    expect((await graphql<{ eraseCandidate: string }>(api.server, ERASE, { id: erased.id }, { token: socialServices.token })).data?.eraseCandidate).toBe(erased.id);

    // Meilisearch: the document is gone, and no other document carries its code.
    const documents = await indexedDocuments();
    expect(documents.map((document) => document.id)).not.toContain(erased.id);
    expect(JSON.stringify(documents)).not.toContain(erased.publicCode);

    // PostgreSQL: neither the public code, nor the key, nor the codice fiscale, nor its text is in any row of any
    // table; its random id only as the subject of audit events (the append-only trail) and in the search outbox
    // (a document id, pruned a day after delivery).
    // The Caritas profile of the same person is Caritas's own, and keeps its own key: left out of the search.
    const rows = (await everyRow()).filter(({ table, row }) => !(table === 'candidate' && row.startsWith(`(${kept.id},`)));
    expect(rows.length).toBeGreaterThan(100);
    for (const trace of [erased.publicCode, personKey, cf, 'segno particolare']) {
      expect(rows.filter(({ row }) => row.includes(trace))).toEqual([]);
    }
    expect([...new Set(rows.filter(({ row }) => row.includes(erased.id)).map(({ table }) => table))].sort()).toEqual(['audit_event', 'search_outbox']);
    const audit = (await api.dataSource.query('SELECT subject_id, details::text AS details FROM audit_event')) as { subject_id: string | null; details: string }[];
    expect(audit.filter((event) => event.details.includes(erased.id))).toEqual([]);
    expect(await auditEvents(api.dataSource, 'candidate.erased', erased.id)).toEqual([
      expect.objectContaining({ actorId: socialServices.userId, details: { reason: 'request', organisationId: socialServices.organisationId } }),
    ]);

    // The links and coordination requests went with it; the other organisation's profile stays, unlinked.
    expect(await api.dataSource.query('SELECT 1 FROM candidate_link WHERE candidate_id = $1 OR linked_candidate_id = $1', [erased.id])).toEqual([]);
    expect(await api.dataSource.query('SELECT 1 FROM candidate_coordination_request WHERE target_candidate_id = $1 OR requester_candidate_id = $1', [erased.id])).toEqual([]);
    const other = await graphql<{ candidate: { coordinatedWith: unknown[] } }>(api.server, `query($id: ID!) { candidate(id: $id) { coordinatedWith { since } } }`, { id: kept.id }, { token: caritas.token });
    expect(other.data?.candidate.coordinatedWith).toEqual([]);

    // The counter: district, channel, month, final status and reason; nothing else.
    const month = `${new Date().toISOString().slice(0, 7)}-01`;
    const cell = { districtCode: 'SAVENA_IDICE', channel: 'SOCIAL_SERVICES', month, finalStatus: 'ACTIVE', reason: 'request' };
    const previous = before.find((counter) => JSON.stringify({ ...counter, erased: 0 }) === JSON.stringify({ ...cell, erased: 0 }))?.erased ?? 0;
    expect(await counters()).toContainEqual({ ...cell, erased: previous + 1 });
    const columns = ((await api.dataSource.query(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'candidate_erasure_count' ORDER BY ordinal_position`,
    )) as { name: string }[]).map((column) => column.name);
    expect(columns).toEqual(['district_code', 'channel', 'month', 'final_status', 'reason', 'erased']);
  });

  it('counts an admin erasure like any other, by the profile organisation channel', async () => {
    const admin = await tokenOf(api.server, api.dataSource, 'ADMIN');
    const profile = await createCandidate(api.server, caritas.token, completeInput(randomCodiceFiscale()));
    const sum = async () => (await counters()).filter((c) => c.channel === 'CARITAS' && c.reason === 'request').reduce((total, c) => total + c.erased, 0);
    const before = await sum();
    expect((await graphql(api.server, ERASE, { id: profile.id }, { token: admin })).errors).toBeUndefined();
    expect(await sum()).toBe(before + 1);
  });

  it('counts the profiles the retention job erases, in the same transaction, as STALE by retention', async () => {
    const clock = jest.spyOn(api.app.get(Clock), 'now');
    try {
      const start = new Date();
      clock.mockReturnValue(start);
      const profile = await createCandidate(api.server, socialServices.token, completeInput(randomCodiceFiscale()));
      const later = new Date(start.getTime() + 740 * DAY);
      clock.mockReturnValue(later);
      const erasedCount = await api.app.get(CandidateJobs).eraseExpired();
      expect(erasedCount).toBeGreaterThanOrEqual(1);
      expect(await api.dataSource.query('SELECT 1 FROM candidate WHERE id = $1', [profile.id])).toEqual([]);
      const retention = (await counters()).filter((c) => c.reason === 'retention');
      expect(retention.every((c) => c.month === `${later.toISOString().slice(0, 7)}-01` && c.finalStatus === 'STALE')).toBe(true);
      expect(retention.reduce((total, c) => total + c.erased, 0)).toBe(erasedCount);
      expect(retention).toContainEqual(expect.objectContaining({ districtCode: 'SAVENA_IDICE', channel: 'SOCIAL_SERVICES' }));
      expect((await everyRow()).filter(({ row }) => row.includes(profile.publicCode))).toEqual([]);
    } finally {
      clock.mockRestore();
    }
  });
  it('keeps sessions, invitations, copies of e-mails and notifications no longer than the retention table says', async () => {
    const user = socialServices.userId;
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
    const marker = `retention-${Date.now()}`;
    const insertToken = (label: string, expiresAt: Date) =>
      api.dataSource.query(
        `INSERT INTO refresh_token (user_id, family_id, token_hash, second_factor, expires_at) VALUES ($1, gen_random_uuid(), $2, false, $3)`,
        [user, `${marker}-${label}`, expiresAt],
      );
    await insertToken('expired', daysAgo(1));
    await insertToken('valid', daysAgo(-13));
    const insertInvitation = (label: string, expiresAt: Date) =>
      api.dataSource.query(
        `INSERT INTO invitation (email, role, token_hash, invited_by_id, expires_at) VALUES ($1, 'ADMIN', $2, $3, $4)`,
        [`${label}@${marker}.example`, `${marker}-${label}`, user, expiresAt],
      );
    await insertInvitation('expired-long-ago', daysAgo(31));
    await insertInvitation('expired-lately', daysAgo(29));
    const insertMail = (label: string, createdAt: Date) =>
      api.dataSource.query(
        `INSERT INTO mail_message (recipient, kind, subject, body, transport, created_at) VALUES ($1, 'test', 'Oggetto', 'Testo', 'database', $2)`,
        [`${label}@${marker}.example`, createdAt],
      );
    await insertMail('old', daysAgo(91));
    await insertMail('recent', daysAgo(89));
    const insertNotification = (label: string, createdAt: Date) =>
      api.dataSource.query(
        `INSERT INTO notification (recipient_user_id, kind, subject_type, subject_id, title_it, title_en, email_delivery, created_at)
         VALUES ($1, 'SLOT_STALE', 'slot', $2, 'Titolo', 'Title', 'OFF', $3)`,
        [user, `${marker}-${label}`, createdAt],
      );
    await insertNotification('old', daysAgo(181));
    await insertNotification('recent', daysAgo(179));

    await api.app.get(AuthRetentionJob).run();
    await api.app.get(MailRetentionJob).run();
    await api.app.get(NotificationsRetentionJob).run();

    const left = async (sql: string) => ((await api.dataSource.query(sql, [`%${marker}%`])) as { label: string }[]).map((row) => row.label);
    expect(await left(`SELECT trim(token_hash) AS label FROM refresh_token WHERE token_hash LIKE $1`)).toEqual([`${marker}-valid`]);
    expect(await left(`SELECT trim(token_hash) AS label FROM invitation WHERE token_hash LIKE $1`)).toEqual([`${marker}-expired-lately`]);
    expect(await left(`SELECT recipient AS label FROM mail_message WHERE recipient LIKE $1`)).toEqual([`recent@${marker}.example`]);
    expect(await left(`SELECT subject_id AS label FROM notification WHERE subject_id LIKE $1`)).toEqual([`${marker}-recent`]);
  });
});
