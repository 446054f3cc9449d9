import { ProposalSide, ProposalStatus } from './proposal.enums';
import { decideTransition, FINAL_STATES, ProposalAction, TRANSITIONS } from './proposal-transitions';

const { COMPANY, OPERATOR, SYSTEM } = ProposalSide;
const S = ProposalStatus;
const A = ProposalAction;

describe('the proposal lifecycle table', () => {
  it.each([
    [A.ACCEPT, S.PROPOSED, COMPANY, S.ACCEPTED],
    [A.ACCEPT, S.REQUESTED, OPERATOR, S.ACCEPTED],
    [A.DECLINE, S.PROPOSED, COMPANY, S.DECLINED],
    [A.DECLINE, S.INTERVIEW, COMPANY, S.DECLINED],
    [A.DECLINE, S.REQUESTED, OPERATOR, S.DECLINED],
    [A.WITHDRAW, S.PROPOSED, OPERATOR, S.WITHDRAWN],
    [A.WITHDRAW, S.REQUESTED, COMPANY, S.WITHDRAWN],
    [A.SCHEDULE_INTERVIEW, S.ACCEPTED, OPERATOR, S.INTERVIEW],
    [A.START, S.INTERVIEW, COMPANY, S.STARTED],
    [A.START, S.ACCEPTED, COMPANY, S.STARTED],
    [A.INTERRUPT, S.STARTED, OPERATOR, S.INTERRUPTED],
    [A.END, S.STARTED, OPERATOR, S.COMPLETED],
    [A.HIRE, S.COMPLETED, COMPANY, S.HIRED],
    [A.EXPIRE, S.REQUESTED, SYSTEM, S.EXPIRED],
    [A.RECORD_MEETING_CONSENT, S.ACCEPTED, OPERATOR, null],
    [A.CHECK_IN, S.STARTED, COMPANY, null],
  ])('%s from %s by %s → %s', (action, from, side, to) => {
    expect(decideTransition(action, from, side)).toEqual({ allowed: true, to });
  });

  it.each([
    // the proposing side cannot answer its own proposal
    [A.ACCEPT, S.PROPOSED, OPERATOR],
    [A.ACCEPT, S.REQUESTED, COMPANY],
    // only the company starts and hires; only the operator records consent; only the scheduler expires
    [A.START, S.ACCEPTED, OPERATOR],
    [A.HIRE, S.COMPLETED, OPERATOR],
    [A.RECORD_MEETING_CONSENT, S.ACCEPTED, COMPANY],
    [A.EXPIRE, S.PROPOSED, COMPANY],
    [A.EXPIRE, S.PROPOSED, OPERATOR],
    [A.ACCEPT, S.PROPOSED, SYSTEM],
  ])('%s from %s by %s: refused for the side', (action, from, side) => {
    expect(decideTransition(action, from, side)).toEqual({ allowed: false, refusal: 'SIDE_NOT_ALLOWED' });
  });

  it.each([
    [A.ACCEPT, S.ACCEPTED, COMPANY],
    [A.START, S.PROPOSED, COMPANY],
    [A.START, S.STARTED, COMPANY],
    [A.INTERRUPT, S.ACCEPTED, OPERATOR],
    [A.HIRE, S.STARTED, COMPANY],
    [A.CHECK_IN, S.COMPLETED, OPERATOR],
    [A.EXPIRE, S.ACCEPTED, SYSTEM],
    [A.WITHDRAW, S.STARTED, OPERATOR],
    [A.RECORD_MEETING_CONSENT, S.PROPOSED, OPERATOR],
  ])('%s from %s by %s: refused for the state', (action, from, side) => {
    expect(decideTransition(action, from, side)).toEqual({ allowed: false, refusal: 'NOT_ALLOWED_IN_STATUS' });
  });

  it('lets nothing move a proposal out of a final state', () => {
    for (const status of FINAL_STATES) {
      for (const action of Object.values(ProposalAction)) {
        for (const side of Object.values(ProposalSide)) expect(decideTransition(action, status, side).allowed).toBe(false);
      }
    }
  });

  it('names every action with at least one rule, and never lets a side answer what it started', () => {
    expect(new Set(TRANSITIONS.map((rule) => rule.action))).toEqual(new Set(Object.values(ProposalAction)));
    const answers = TRANSITIONS.filter((rule) => rule.action === A.ACCEPT);
    expect(answers.every((rule) => (rule.by === COMPANY ? rule.from.every((s) => s === S.PROPOSED) : rule.from.every((s) => s === S.REQUESTED)))).toBe(true);
  });
});
