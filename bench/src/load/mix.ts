import { DataSet } from '../matching/dataset';
import { BENCH_PASSWORD } from '../matching/population';
import { Random } from '../matching/random';
import { MATCH } from '../matching/sample';
import type { LoadWorld, ProposalPairs } from './world';

export enum LoadKind {
  MATCH = 'matchCandidates',
  SLOTS = 'slots',
  UPDATE_CANDIDATE = 'updateCandidate',
  CREATE_CANDIDATE = 'createCandidate',
  PROPOSE = 'proposeCandidate',
  ACCEPT = 'acceptProposal',
  DECLINE = 'declineProposal',
  LOGIN = 'login',
}

/**
 * Shares of the mix, in percent: a working day is mostly reading (lists, matches), with writes
 * by operators (profiles) and the two sides answering proposals. A login (argon2, CPU heavy by
 * design) is rare: a session lasts until its token expires.
 */
export const MIX_WEIGHTS: Readonly<Record<LoadKind, number>> = {
  [LoadKind.SLOTS]: 34,
  [LoadKind.MATCH]: 22,
  [LoadKind.UPDATE_CANDIDATE]: 14,
  [LoadKind.CREATE_CANDIDATE]: 6,
  [LoadKind.PROPOSE]: 8,
  [LoadKind.ACCEPT]: 7,
  [LoadKind.DECLINE]: 7,
  [LoadKind.LOGIN]: 2,
};

export interface GraphqlCall {
  kind: LoadKind;
  token: string | null;
  query: string;
  variables: Record<string, unknown>;
  /** What the answer feeds into the next steps (a proposal to accept, then to decline). */
  onData?: (data: Record<string, unknown>) => void;
}

const SLOTS = `query($first: Int!, $districtCode: String, $companyId: ID, $status: SlotStatus) {
  slots(first: $first, districtCode: $districtCode, companyId: $companyId, status: $status) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id title kind status districtCode comuneCode hoursPerWeek openingsLeft publishedAt }
  }
}`;
const CANDIDATE_FIELDS = 'id publicCode status residenceDistrictCode hoursPerWeek completeness';
const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE_FIELDS} } }`;
const UPDATE_CANDIDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { ${CANDIDATE_FIELDS} } }`;
const PROPOSAL_FIELDS = 'id status slotId candidateId';
const PROPOSE = `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { ${PROPOSAL_FIELDS} } }`;
const ACCEPT = `mutation($input: ProposalActionInput!) { acceptProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const DECLINE = `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken expiresIn } }';

interface OpenProposal {
  id: string;
  hrToken: string;
}

/**
 * The next request of the load, drawn by weight. Proposals go through their lifecycle: an
 * operator proposes a fresh pair, the slot's HR accepts one proposed earlier in the run, then
 * declines one accepted (after meeting the person); a step with nothing waiting for it is
 * replaced by the step before, so the shares hold over the run and nothing is sent twice.
 */
export class LoadMix {
  private readonly random: Random;
  private readonly weights: [LoadKind, number][];
  private readonly proposed: OpenProposal[] = [];
  private readonly accepted: OpenProposal[] = [];
  private sent = 0;
  private proposals: number;

  constructor(
    private readonly world: LoadWorld,
    private readonly pairs: ProposalPairs,
    private readonly seed: number,
    proposalsBefore: number,
  ) {
    this.random = new Random(seed);
    this.weights = Object.entries(MIX_WEIGHTS) as [LoadKind, number][];
    this.proposals = proposalsBefore;
  }

  next(): GraphqlCall {
    this.sent += 1;
    let kind = this.random.weighted(this.weights);
    if (kind === LoadKind.DECLINE && this.accepted.length === 0) kind = LoadKind.ACCEPT;
    if (kind === LoadKind.ACCEPT && this.proposed.length === 0) kind = LoadKind.PROPOSE;
    switch (kind) {
      case LoadKind.MATCH:
        return this.match();
      case LoadKind.SLOTS:
        return this.slots();
      case LoadKind.UPDATE_CANDIDATE:
        return this.updateCandidate();
      case LoadKind.CREATE_CANDIDATE:
        return this.createCandidate();
      case LoadKind.PROPOSE:
        return this.propose();
      case LoadKind.ACCEPT:
        return this.answer(LoadKind.ACCEPT, this.proposed, ACCEPT, {}, this.accepted);
      case LoadKind.DECLINE:
        return this.answer(LoadKind.DECLINE, this.accepted, DECLINE, { reason: 'AFTER_INTERVIEW' }, null);
      case LoadKind.LOGIN:
        return this.login();
    }
  }

  private match(): GraphqlCall {
    const company = this.random.pick(this.world.companies);
    return { kind: LoadKind.MATCH, token: company.hrToken, query: MATCH, variables: { slotId: this.random.pick(company.openSlotIds), first: 20 } };
  }

  /** Operators browse their district's open slots; HR, a third of the time, its own company's. */
  private slots(): GraphqlCall {
    if (this.random.chance(1 / 3)) {
      const company = this.random.pick(this.world.companies);
      return { kind: LoadKind.SLOTS, token: company.hrToken, query: SLOTS, variables: { first: 20, companyId: company.id } };
    }
    const operator = this.random.pick(this.world.operators);
    return { kind: LoadKind.SLOTS, token: operator.token, query: SLOTS, variables: { first: 20, districtCode: operator.districtCode, status: 'OPEN' } };
  }

  /** A different note every time, so that each write changes the row, its audit and its outbox entry. */
  private updateCandidate(): GraphqlCall {
    const operator = this.random.pick(this.world.operators);
    const input = { hoursPerWeek: this.random.pick([15, 20, 25, 30, 36, 40]), notes: `Colloquio di aggiornamento n. ${this.sent}` };
    return { kind: LoadKind.UPDATE_CANDIDATE, token: operator.token, query: UPDATE_CANDIDATE, variables: { id: this.random.pick(operator.candidateIds), input } };
  }

  /** A new person each time, drawn like the imported ones (seeds the import never used). */
  private createCandidate(): GraphqlCall {
    const operator = this.random.pick(this.world.operators);
    const data = new DataSet(new Random(this.seed * 3_571 + this.sent));
    return { kind: LoadKind.CREATE_CANDIDATE, token: operator.token, query: CREATE_CANDIDATE, variables: { input: data.candidate(data.comuneIn(operator.districtCode)) } };
  }

  private propose(): GraphqlCall {
    const pair = this.pairs.next(this.proposals);
    this.proposals += 1;
    const company = this.world.companyOfSlot.get(pair.slotId);
    return {
      kind: LoadKind.PROPOSE,
      token: pair.operator.token,
      query: PROPOSE,
      variables: { input: { slotId: pair.slotId, candidateId: pair.candidateId } },
      onData: (data) => {
        if (company) this.proposed.push({ id: proposalId(data, 'proposeCandidate'), hrToken: company.hrToken });
      },
    };
  }

  private answer(kind: LoadKind, from: OpenProposal[], query: string, extra: Record<string, unknown>, to: OpenProposal[] | null): GraphqlCall {
    const proposal = from.shift() as OpenProposal;
    const field = kind === LoadKind.ACCEPT ? 'acceptProposal' : 'declineProposal';
    return {
      kind,
      token: proposal.hrToken,
      query,
      variables: { input: { proposalId: proposal.id, ...extra } },
      onData: (data) => {
        if (to) to.push({ id: proposalId(data, field), hrToken: proposal.hrToken });
      },
    };
  }

  private login(): GraphqlCall {
    const email = this.random.chance(0.5) ? this.random.pick(this.world.companies).hrEmail : this.random.pick(this.world.operators).email;
    return { kind: LoadKind.LOGIN, token: null, query: LOGIN, variables: { input: { email, password: BENCH_PASSWORD } } };
  }
}

function proposalId(data: Record<string, unknown>, field: string): string {
  return (data[field] as { id: string }).id;
}
