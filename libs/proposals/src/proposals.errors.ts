import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum ProposalErrorCode {
  PROPOSAL_NOT_FOUND = 'PROPOSAL_NOT_FOUND',
  SLOT_NOT_FOUND = 'SLOT_NOT_FOUND',
  CANDIDATE_NOT_FOUND = 'CANDIDATE_NOT_FOUND',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  NOT_ALLOWED_IN_STATUS = 'NOT_ALLOWED_IN_STATUS',
  CANDIDATE_NOT_AVAILABLE = 'CANDIDATE_NOT_AVAILABLE',
  CANDIDATE_UNAVAILABLE_FOR_SLOT = 'CANDIDATE_UNAVAILABLE_FOR_SLOT',
  ALREADY_PROPOSED = 'ALREADY_PROPOSED',
  SLOT_NOT_OPEN = 'SLOT_NOT_OPEN',
  SLOT_PAUSED = 'SLOT_PAUSED',
  MONTHLY_CAP_REACHED = 'MONTHLY_CAP_REACHED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  CONTRACT_TYPE_REQUIRED = 'CONTRACT_TYPE_REQUIRED',
  CHECK_INS_NOT_FOR_JOBS = 'CHECK_INS_NOT_FOR_JOBS',
}

export const ProposalError = defineDomainErrors<ProposalErrorCode>({
  PROPOSAL_NOT_FOUND: { code: GraphqlErrorCode.NOT_FOUND, it: 'Proposta non trovata', en: 'Proposal not found' },
  SLOT_NOT_FOUND: { code: GraphqlErrorCode.NOT_FOUND, it: 'Posizione non trovata', en: 'Slot not found' },
  CANDIDATE_NOT_FOUND: { code: GraphqlErrorCode.NOT_FOUND, it: 'Profilo non trovato', en: 'Candidate profile not found' },
  ROLE_NOT_ALLOWED: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'Questa operazione spetta all’altra parte della proposta',
    en: 'This step belongs to the other side of the proposal',
  },
  NOT_ALLOWED_IN_STATUS: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Operazione non possibile per una proposta in stato {status}',
    en: 'Not possible for a proposal in status {status}',
  },
  CANDIDATE_NOT_AVAILABLE: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Il profilo non è disponibile (stato {status}): va riconfermato o è già in un percorso',
    en: 'The candidate is not available (status {status}): it needs reconfirming or is already in a path',
  },
  // One answer for HR whatever the reason (erased, placed, in a path, stale, withdrawn, no consent):
  // a company must not learn a person's status from a refusal.
  CANDIDATE_UNAVAILABLE_FOR_SLOT: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Profilo non disponibile per questa posizione',
    en: 'Candidate not available for this slot',
  },
  ALREADY_PROPOSED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Questo profilo è già stato proposto per questa posizione',
    en: 'This candidate was already proposed for this slot',
  },
  SLOT_NOT_OPEN: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La posizione non accetta proposte (stato {status})',
    en: 'The slot takes no proposals (status {status})',
  },
  SLOT_PAUSED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La posizione non accetta nuove proposte fino al {until} compreso: riapre il {reopensOn}',
    en: 'The slot takes no new proposals until {until} included: it reopens on {reopensOn}',
  },
  MONTHLY_CAP_REACHED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La posizione ha ricevuto il massimo di {cap} proposte per questo mese: riapre il {reopensOn}',
    en: 'The slot has received its {cap} proposals for this month: it reopens on {reopensOn}',
  },
  IDEMPOTENCY_KEY_REUSED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Questa chiave di idempotenza è già stata usata per un’altra richiesta',
    en: 'This idempotency key was already used for another request',
  },
  CONTRACT_TYPE_REQUIRED: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'input.contractType: indica il tipo di contratto',
    en: 'input.contractType: give the contract type',
  },
  CHECK_INS_NOT_FOR_JOBS: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Gli aggiornamenti periodici riguardano tirocini e percorsi di avvicinamento al lavoro',
    en: 'Check-ins are for tirocini and avvicinamento al lavoro paths',
  },
});
