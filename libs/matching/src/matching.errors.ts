import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum MatchingErrorCode {
  SLOT_NOT_MATCHABLE = 'SLOT_NOT_MATCHABLE',
  CANDIDATE_NOT_MATCHABLE = 'CANDIDATE_NOT_MATCHABLE',
  INVALID_CURSOR = 'INVALID_CURSOR',
}

export const MatchingError = defineDomainErrors<MatchingErrorCode>({
  SLOT_NOT_MATCHABLE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Una posizione {status} non riceve più candidature: non ci sono abbinamenti da mostrare',
    en: 'A {status} slot takes no more candidates: there are no matches to show',
  },
  CANDIDATE_NOT_MATCHABLE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il profilo non è abbinabile: deve essere attivo, completo, confermato e con il consenso all’abbinamento',
    en: 'The profile cannot be matched: it must be active, complete, reconfirmed and consented to matching',
  },
  INVALID_CURSOR: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Cursore non valido',
    en: 'Invalid cursor',
  },
});
