import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum CandidateErrorCode {
  CANDIDATE_NOT_FOUND = 'CANDIDATE_NOT_FOUND',
  INVALID_CODICE_FISCALE = 'INVALID_CODICE_FISCALE',
  UNKNOWN_COMUNE = 'UNKNOWN_COMUNE',
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
  COMUNE_NOT_IN_DISTRICT = 'COMUNE_NOT_IN_DISTRICT',
  NONE_WITH_OTHER_MEASURES = 'NONE_WITH_OTHER_MEASURES',
  ALREADY_FOLLOWED_ELSEWHERE = 'ALREADY_FOLLOWED_ELSEWHERE',
  NOTHING_TO_COORDINATE = 'NOTHING_TO_COORDINATE',
  COORDINATION_ALREADY_PENDING = 'COORDINATION_ALREADY_PENDING',
  NO_PENDING_COORDINATION_REQUEST = 'NO_PENDING_COORDINATION_REQUEST',
  COORDINATION_REQUEST_NOT_FOUND = 'COORDINATION_REQUEST_NOT_FOUND',
  COORDINATION_REQUEST_CLOSED = 'COORDINATION_REQUEST_CLOSED',
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
  // Says only that someone else follows the person: never who, since when, or in what state.
  ALREADY_FOLLOWED_ELSEWHERE: {
    code: GraphqlErrorCode.CONFLICT,
    it: "La persona è già seguita da un'altra organizzazione della rete: con il suo consenso al coordinamento puoi inserire il profilo e chiedere di coordinarvi",
    en: 'The person is already followed by another organisation of the network: with their consent to coordination you can add the profile and ask to coordinate',
  },
  NOTHING_TO_COORDINATE: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Non ci sono altre organizzazioni con cui coordinarsi per questa persona',
    en: 'There is no other organisation to coordinate with for this person',
  },
  COORDINATION_ALREADY_PENDING: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La richiesta di coordinamento per questo profilo è già in attesa di risposta',
    en: 'The coordination request for this profile is already waiting for an answer',
  },
  NO_PENDING_COORDINATION_REQUEST: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Questo profilo non ha richieste di coordinamento in attesa',
    en: 'This profile has no coordination request waiting for an answer',
  },
  COORDINATION_REQUEST_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Richiesta di coordinamento non trovata',
    en: 'Coordination request not found',
  },
  COORDINATION_REQUEST_CLOSED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La richiesta di coordinamento non è più in attesa (accettata, rifiutata, ritirata o scaduta)',
    en: 'The coordination request is no longer waiting (accepted, refused, withdrawn or expired)',
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
