import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum CandidateErrorCode {
  CANDIDATE_NOT_FOUND = 'CANDIDATE_NOT_FOUND',
  INVALID_CODICE_FISCALE = 'INVALID_CODICE_FISCALE',
  UNKNOWN_COMUNE = 'UNKNOWN_COMUNE',
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
  COMUNE_NOT_IN_DISTRICT = 'COMUNE_NOT_IN_DISTRICT',
  NONE_WITH_OTHER_MEASURES = 'NONE_WITH_OTHER_MEASURES',
  ALREADY_FOLLOWED_ELSEWHERE = 'ALREADY_FOLLOWED_ELSEWHERE',
  ALREADY_FOLLOWED_ELSEWHERE_UNDISCLOSED = 'ALREADY_FOLLOWED_ELSEWHERE_UNDISCLOSED',
  ALREADY_REFERRED_HERE = 'ALREADY_REFERRED_HERE',
  CANDIDATE_WITHDRAWN = 'CANDIDATE_WITHDRAWN',
  INCOMPLETE_PROFILE = 'INCOMPLETE_PROFILE',
}

export const CandidateError = defineDomainErrors<CandidateErrorCode>({
  CANDIDATE_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Profilo candidato non trovato',
    en: 'Candidate profile not found',
  },
  INVALID_CODICE_FISCALE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il codice fiscale non è valido (formato o carattere di controllo)',
    en: 'The codice fiscale is not valid (format or check character)',
  },
  UNKNOWN_COMUNE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il comune {comune} non è nella Città metropolitana di Bologna',
    en: 'Comune {comune} is not in the Città metropolitana di Bologna',
  },
  UNKNOWN_DISTRICT: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il distretto {district} non esiste',
    en: 'District {district} does not exist',
  },
  COMUNE_NOT_IN_DISTRICT: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il comune {comune} non appartiene al distretto {district}',
    en: 'Comune {comune} is not in district {district}',
  },
  NONE_WITH_OTHER_MEASURES: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: '"Nessuna misura attiva" non può stare insieme ad altre misure',
    en: '"No active measure" cannot be combined with other measures',
  },
  ALREADY_FOLLOWED_ELSEWHERE: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La persona è già seguita da {organisation}: coordinatevi prima di inserire il profilo',
    en: 'The person is already followed by {organisation}: coordinate before adding the profile',
  },
  ALREADY_FOLLOWED_ELSEWHERE_UNDISCLOSED: {
    code: GraphqlErrorCode.CONFLICT,
    it: "La persona è già seguita da un'altra organizzazione della rete: rivolgiti all'Ufficio di Piano del distretto {district}",
    en: "The person is already followed by another organisation of the network: contact the Ufficio di Piano of district {district}",
  },
  ALREADY_REFERRED_HERE: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La tua organizzazione ha già il profilo di questa persona ({publicCode})',
    en: 'Your organisation already has a profile of this person ({publicCode})',
  },
  CANDIDATE_WITHDRAWN: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Il profilo è stato ritirato e non si può più modificare',
    en: 'The profile has been withdrawn and can no longer be changed',
  },
  INCOMPLETE_PROFILE: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il profilo è incompleto ({completeness}%): completalo prima di confermarlo',
    en: 'The profile is incomplete ({completeness}%): complete it before confirming it',
  },
});
