import { auditEvents, createUser, errorOf, graphqlOk, signIn, type TestApp } from '@ipl/testing';
import { startApi } from '../app';
import { admitted, anySkillIds, companyWithHr, CREATE_SLOT, PUBLISH_SLOT, slotInput } from './fixtures';

const BOARD = `{ board {
  seats { company { id legalName } inAlbo alboStatus membership { since until } }
  admittedNotOnBoard { id legalName }
} }`;
const ADD = 'mutation($input: AddToBoardInput!) { addCompanyToBoard(input: $input) { id since until } }';
const REMOVE = 'mutation($input: RemoveFromBoardInput!) { removeCompanyFromBoard(input: $input) { id since until } }';

interface Board {
  board: {
    seats: { company: { id: string }; inAlbo: boolean; alboStatus: string | null; membership: { since: string; until: string | null } }[];
    admittedNotOnBoard: { id: string }[];
  };
}

describe("the Protocol's board and its relation to the Albo", () => {
  let api: TestApp;
  let adminId: string;
  let adminToken: string;

  beforeAll(async () => {
    api = await startApi();
    const admin = await createUser(api.dataSource, 'ADMIN');
    adminId = admin.id;
    adminToken = (await signIn(api.server, admin.email)).accessToken;
  });
  afterAll(() => api.close());

  it('shows board companies with their Albo flag, and admitted companies not on the board', async () => {
    const boardAndAlbo = await companyWithHr(api, adminToken, { legalName: 'Sul Tavolo e in Albo' });
    const boardOnly = await companyWithHr(api, adminToken, { legalName: 'Solo Tavolo' });
    const alboOnly = await companyWithHr(api, adminToken, { legalName: 'Solo Albo' });
    await admitted(api, adminToken, boardAndAlbo);
    await admitted(api, adminToken, alboOnly);
    await graphqlOk(api.server, ADD, { input: { companyId: boardAndAlbo.companyId, since: '2025-01-01' } }, { token: adminToken });
    await graphqlOk(api.server, ADD, { input: { companyId: boardOnly.companyId } }, { token: adminToken });

    const { board } = await graphqlOk<Board>(api.server, BOARD, {}, { token: adminToken });
    const seat = (id: string) => board.seats.find((candidate) => candidate.company.id === id);
    expect(seat(boardAndAlbo.companyId)).toMatchObject({ inAlbo: true, alboStatus: 'ADMITTED', membership: { since: '2025-01-01', until: null } });
    expect(seat(boardOnly.companyId)).toMatchObject({ inAlbo: false, alboStatus: null });
    expect(seat(alboOnly.companyId)).toBeUndefined();
    expect(board.admittedNotOnBoard.map((company) => company.id)).toEqual([alboOnly.companyId]);
    expect(await auditEvents(api.dataSource, 'board.company_added', boardOnly.companyId)).toEqual([expect.objectContaining({ actorId: adminId })]);

    // A board member of a board company sees the board; once the company leaves, no more.
    const member = await createUser(api.dataSource, 'BOARD_MEMBER', { companyId: boardOnly.companyId });
    const memberToken = (await signIn(api.server, member.email)).accessToken;
    expect((await graphqlOk<Board>(api.server, BOARD, {}, { token: memberToken })).board.seats.length).toBe(2);

    expect((await errorOf(api.server, ADD, { input: { companyId: boardOnly.companyId } }, { token: adminToken })).extensions.reason).toBe('ALREADY_ON_BOARD');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const tooEarly = await errorOf(api.server, REMOVE, { input: { companyId: boardAndAlbo.companyId, until: '2024-12-31' } }, { token: adminToken });
    expect(tooEarly.extensions.reason).toBe('UNTIL_BEFORE_SINCE');
    await graphqlOk(api.server, REMOVE, { input: { companyId: boardAndAlbo.companyId, until: yesterday } }, { token: adminToken });
    const after = await graphqlOk<Board>(api.server, BOARD, {}, { token: adminToken });
    expect(after.board.seats.map((s) => s.company.id)).not.toContain(boardAndAlbo.companyId);
    expect(after.board.admittedNotOnBoard.map((c) => c.id).sort()).toEqual([alboOnly.companyId, boardAndAlbo.companyId].sort());
    expect((await errorOf(api.server, REMOVE, { input: { companyId: boardAndAlbo.companyId } }, { token: adminToken })).extensions.reason).toBe('NOT_ON_BOARD');
    expect((await errorOf(api.server, ADD, { input: { companyId: alboOnly.companyId } }, { token: memberToken })).extensions.code).toBe('FORBIDDEN');
  });

  it('lets a board company that is not in the Albo publish slots', async () => {
    const skills = await anySkillIds(api);
    const company = await companyWithHr(api, adminToken);
    const { createSlot } = await graphqlOk<{ createSlot: { id: string } }>(api.server, CREATE_SLOT, { input: slotInput(skills) }, { token: company.hrToken });
    expect((await errorOf(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken })).extensions.reason).toBe('COMPANY_NOT_ELIGIBLE');
    await graphqlOk(api.server, ADD, { input: { companyId: company.companyId } }, { token: adminToken });
    const published = await graphqlOk<{ publishSlot: { status: string } }>(api.server, PUBLISH_SLOT, { id: createSlot.id }, { token: company.hrToken });
    expect(published.publishSlot.status).toBe('OPEN');
  });

  it('refuses the board to a board member whose company is not on it', async () => {
    const company = await companyWithHr(api, adminToken);
    const member = await createUser(api.dataSource, 'BOARD_MEMBER', { companyId: company.companyId });
    const token = (await signIn(api.server, member.email)).accessToken;
    expect((await errorOf(api.server, BOARD, {}, { token })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEMBER_COMPANY_NOT_ON_BOARD' });
  });
});
