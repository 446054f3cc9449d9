import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum ProjectsErrorCode {
  PROJECT_NOT_FOUND = 'PROJECT_NOT_FOUND',
  NEED_NOT_FOUND = 'NEED_NOT_FOUND',
  OFFER_NOT_FOUND = 'OFFER_NOT_FOUND',
  NEED_NOT_OPEN = 'NEED_NOT_OPEN',
  OFFER_ALREADY_DECIDED = 'OFFER_ALREADY_DECIDED',
  PROJECT_CLOSED = 'PROJECT_CLOSED',
  STAGE_TRANSITION_NOT_ALLOWED = 'STAGE_TRANSITION_NOT_ALLOWED',
  ORGANISATION_REQUIRED = 'ORGANISATION_REQUIRED',
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
}

export const ProjectsError = defineDomainErrors<ProjectsErrorCode>({
  PROJECT_NOT_FOUND: { code: GraphqlErrorCode.NOT_FOUND, it: 'Progetto imprenditoriale non trovato', en: 'Entrepreneurial project not found' },
  NEED_NOT_FOUND: { code: GraphqlErrorCode.NOT_FOUND, it: 'Fabbisogno del progetto non trovato', en: 'Project need not found' },
  OFFER_NOT_FOUND: { code: GraphqlErrorCode.NOT_FOUND, it: 'Offerta di supporto non trovata', en: 'Support offer not found' },
  NEED_NOT_OPEN: { code: GraphqlErrorCode.CONFLICT, it: 'Il fabbisogno è già soddisfatto', en: 'The need is already met' },
  OFFER_ALREADY_DECIDED: { code: GraphqlErrorCode.CONFLICT, it: "L'offerta è già stata accettata o rifiutata", en: 'The offer was already accepted or declined' },
  PROJECT_CLOSED: { code: GraphqlErrorCode.CONFLICT, it: 'Il progetto è chiuso', en: 'The project is closed' },
  STAGE_TRANSITION_NOT_ALLOWED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Un progetto in fase {from} non può passare a {to}',
    en: 'A project at stage {from} cannot move to {to}',
  },
  ORGANISATION_REQUIRED: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: "Indica l'organizzazione che segue il progetto",
    en: 'Give the organisation following the project',
  },
  UNKNOWN_DISTRICT: { code: GraphqlErrorCode.BAD_USER_INPUT, it: 'Distretto sconosciuto: {district}', en: 'Unknown district: {district}' },
});
