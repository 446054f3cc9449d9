import { auditEvents, createUser, errorOf, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import type { OperatorSession } from '../candidates/operations';
import { startApi } from '../app';
import { admittedCompany, operator, type Company } from '../proposals/fixtures';
import { addToBoard, tokenFor } from '../reports/fixtures';

const FIELDS = 'id organisationId atecoSection districtCode stage description openNeedCount needs { id kind detail status }';
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`;
const STAGE = `mutation($input: SetProjectStageInput!) { setProjectStage(input: $input) { ${FIELDS} } }`;
const OFFER = 'mutation($input: OfferProjectSupportInput!) { offerProjectSupport(input: $input) { id projectId needId companyId note status } }';
const DECIDE = 'mutation($input: DecideProjectOfferInput!) { decideProjectOffer(input: $input) { id status decidedAt } }';
const OFFERS = 'query($id: ID!) { projectOffers(projectId: $id) { id needId companyId note status } }';
const LIST = `query { projects(first: 50) { totalCount nodes { ${FIELDS} } } }`;

interface Need { id: string; kind: string; status: string }
interface ProjectView { id: string; organisationId: string; stage: string; openNeedCount: number; needs: Need[] }
interface OfferView { id: string; needId: string; companyId: string; status: string }

const INPUT = {
  atecoSection: 'I',
  districtCode: 'RENO_LAVINO_SAMOGGIA',
  description: 'Cooperativa sociale che vuole aprire un piccolo laboratorio di pasta fresca',
  needs: [{ kind: 'MENTORING', detail: 'affiancamento sul piano economico' }, { kind: 'PREMISES' }, { kind: 'FIRST_CUSTOMERS' }],
};

describe('new entrepreneurial projects and the board', () => {
  let api: TestApp;
  let adminToken: string;
  let op: OperatorSession;
  let otherOp: OperatorSession;
  let boardCompany: Company;
  let offCompany: Company;
  let boardToken: string;
  let offBoardToken: string;
  let project: ProjectView;
  let offer: OfferView;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminToken = (await signIn(api.server, admin.email)).accessToken;
    op = await operator(api);
    otherOp = await operator(api);
    boardCompany = await admittedCompany(api, adminToken);
    offCompany = await admittedCompany(api, adminToken);
    await addToBoard(api, adminToken, boardCompany.companyId);
    boardToken = await tokenFor(api, 'BOARD_MEMBER', { companyId: boardCompany.companyId });
    offBoardToken = await tokenFor(api, 'BOARD_MEMBER', { companyId: offCompany.companyId });
  });
  afterAll(() => api.close());

  it('lets an operator record a project without identity, with its needs, for their own organisation', async () => {
    project = (await graphqlOk<{ createProject: ProjectView }>(api.server, CREATE, { input: INPUT }, { token: op.token })).createProject;
    expect(project).toMatchObject({ organisationId: op.organisationId, stage: 'IDEA', openNeedCount: 3 });
    expect(project.needs.map((n) => [n.kind, n.status])).toEqual([['MENTORING', 'OPEN'], ['PREMISES', 'OPEN'], ['FIRST_CUSTOMERS', 'OPEN']]);
    expect(await auditEvents(api.dataSource, 'project.created', project.id)).toHaveLength(1);
    const moved = (await graphqlOk<{ setProjectStage: ProjectView }>(api.server, STAGE, { input: { projectId: project.id, stage: 'PLANNING' } }, { token: op.token })).setProjectStage;
    expect(moved.stage).toBe('PLANNING');
    expect((await errorOf(api.server, STAGE, { input: { projectId: project.id, stage: 'RUNNING' } }, { token: otherOp.token })).extensions.reason).toBe('PROJECT_NOT_FOUND');
    // One step at a time: PLANNING cannot jump to RUNNING.
    const skipped = await errorOf(api.server, STAGE, { input: { projectId: project.id, stage: 'RUNNING' } }, { token: op.token, language: 'en' });
    expect(skipped.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STAGE_TRANSITION_NOT_ALLOWED' });
    expect(skipped.message).toBe('A project at stage PLANNING cannot move to RUNNING');
    const audited = await auditEvents(api.dataSource, 'project.stage_changed', project.id);
    expect(audited.map((event) => event.details)).toEqual([{ from: 'IDEA', to: 'PLANNING' }]);
    // A project is never recorded as CLOSED.
    expect((await errorOf(api.server, CREATE, { input: { ...INPUT, stage: 'CLOSED' } }, { token: op.token })).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses personal data in the description', async () => {
    const bad = await errorOf(api.server, CREATE, { input: { ...INPUT, description: 'Idea di Mario, chiamare mario.rossi@example.com per dettagli' } }, { token: op.token });
    expect(bad.extensions.reason).toBe('PERSONAL_DATA_IN_TEXT');
    expect((await errorOf(api.server, CREATE, { input: { ...INPUT, atecoSection: 'Z' } }, { token: op.token })).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets a board member of a board company offer support; refuses a company not on the board and HR', async () => {
    const need = project.needs[1];
    offer = (await graphqlOk<{ offerProjectSupport: OfferView }>(api.server, OFFER, { input: { needId: need.id, note: 'Abbiamo un locale libero in via di affitto agevolato' } }, { token: boardToken })).offerProjectSupport;
    expect(offer).toMatchObject({ needId: need.id, companyId: boardCompany.companyId, status: 'OFFERED' });
    expect(await auditEvents(api.dataSource, 'project.offer_made', offer.id)).toHaveLength(1);
    const refused = await errorOf(api.server, OFFER, { input: { needId: need.id, note: 'Anche noi' } }, { token: offBoardToken });
    expect(refused.extensions.code).toBe('FORBIDDEN');
    expect(refused.extensions.reason).toBe('MEMBER_COMPANY_NOT_ON_BOARD');
    expect((await errorOf(api.server, OFFER, { input: { needId: need.id, note: 'Anche noi' } }, { token: offCompany.hrToken })).extensions.code).toBe('FORBIDDEN');
  });

  it("shows the offer to the project's operator and the admin, not to another operator nor HR", async () => {
    for (const token of [op.token, adminToken]) {
      const { projectOffers } = await graphqlOk<{ projectOffers: OfferView[] }>(api.server, OFFERS, { id: project.id }, { token });
      expect(projectOffers.map((o) => [o.id, o.companyId, o.status])).toEqual([[offer.id, boardCompany.companyId, 'OFFERED']]);
    }
    // The offering board member sees their own offer.
    expect((await graphqlOk<{ projectOffers: OfferView[] }>(api.server, OFFERS, { id: project.id }, { token: boardToken })).projectOffers.map((o) => o.id)).toEqual([offer.id]);
    expect((await errorOf(api.server, OFFERS, { id: project.id }, { token: otherOp.token })).extensions.reason).toBe('PROJECT_NOT_FOUND');
    expect((await errorOf(api.server, OFFERS, { id: project.id }, { token: boardCompany.hrToken })).extensions.code).toBe('FORBIDDEN');
    expect((await errorOf(api.server, OFFERS, { id: project.id }, { token: offBoardToken })).extensions.code).toBe('FORBIDDEN');
  });

  it('marks the need MET when the operator accepts the offer, and lists open needs first for the board', async () => {
    // A second project of the other organisation, with one need only.
    const small = (await graphqlOk<{ createProject: ProjectView }>(api.server, CREATE, { input: { ...INPUT, atecoSection: 'C', needs: [{ kind: 'CREDIT' }] } }, { token: otherOp.token })).createProject;
    expect((await errorOf(api.server, DECIDE, { input: { offerId: offer.id, accept: true } }, { token: otherOp.token })).extensions.reason).toBe('OFFER_NOT_FOUND');
    const decided = (await graphqlOk<{ decideProjectOffer: OfferView }>(api.server, DECIDE, { input: { offerId: offer.id, accept: true } }, { token: op.token })).decideProjectOffer;
    expect(decided.status).toBe('ACCEPTED');
    expect(await auditEvents(api.dataSource, 'project.offer_accepted', offer.id)).toHaveLength(1);
    expect((await errorOf(api.server, DECIDE, { input: { offerId: offer.id, accept: false } }, { token: adminToken })).extensions.reason).toBe('OFFER_ALREADY_DECIDED');

    // Every need of the small project is met through an accepted offer: it goes to the bottom.
    const smallOffer = (await graphqlOk<{ offerProjectSupport: OfferView }>(api.server, OFFER, { input: { needId: small.needs[0].id, note: 'Garanzia su un microcredito' } }, { token: boardToken })).offerProjectSupport;
    await graphqlOk(api.server, DECIDE, { input: { offerId: smallOffer.id, accept: true } }, { token: adminToken });

    const { projects } = await graphqlOk<{ projects: { nodes: ProjectView[] } }>(api.server, LIST, {}, { token: boardToken });
    const mine = projects.nodes.filter((p) => [project.id, small.id].includes(p.id));
    expect(mine.map((p) => [p.id, p.openNeedCount])).toEqual([[project.id, 2], [small.id, 0]]);
    expect(mine[0].needs.find((n) => n.id === offer.needId)?.status).toBe('MET');
    const counts = projects.nodes.map((p) => p.openNeedCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // A board member of a company off the board and HR cannot list.
    expect((await errorOf(api.server, LIST, {}, { token: offBoardToken })).extensions.code).toBe('FORBIDDEN');
    expect((await errorOf(api.server, LIST, {}, { token: boardCompany.hrToken })).extensions.code).toBe('FORBIDDEN');
    // An operator lists only their organisation's projects.
    const theirs = (await graphqlOk<{ projects: { nodes: ProjectView[] } }>(api.server, LIST, {}, { token: otherOp.token })).projects.nodes;
    expect(theirs.map((p) => p.id)).toEqual([small.id]);

    // Closed for good: an admin closes it, nothing moves it again.
    expect((await graphqlOk<{ setProjectStage: ProjectView }>(api.server, STAGE, { input: { projectId: small.id, stage: 'CLOSED' } }, { token: adminToken })).setProjectStage.stage).toBe('CLOSED');
    expect((await errorOf(api.server, STAGE, { input: { projectId: small.id, stage: 'IDEA' } }, { token: otherOp.token })).extensions.reason).toBe('STAGE_TRANSITION_NOT_ALLOWED');
    expect(await auditEvents(api.dataSource, 'project.stage_changed', small.id)).toHaveLength(1);
  });
});
