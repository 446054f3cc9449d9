import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum SlotErrorCode {
  SLOT_NOT_FOUND = 'SLOT_NOT_FOUND',
  COMPANY_NOT_ELIGIBLE = 'COMPANY_NOT_ELIGIBLE',
  START_DATE_IN_PAST = 'START_DATE_IN_PAST',
  NOT_ALLOWED_IN_STATUS = 'NOT_ALLOWED_IN_STATUS',
  OPENINGS_BELOW_TAKEN = 'OPENINGS_BELOW_TAKEN',
  NO_OPENING_LEFT = 'NO_OPENING_LEFT',
  INTAKE_PAUSED = 'INTAKE_PAUSED',
  PAUSED_FOR_STANDING = 'PAUSED_FOR_STANDING',
  MONTHLY_CAP_REACHED = 'MONTHLY_CAP_REACHED',
}

export const SlotError = defineDomainErrors<SlotErrorCode>({
  SLOT_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Posizione non trovata',
    en: 'Slot not found',
  },
  COMPANY_NOT_ELIGIBLE: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'Può pubblicare solo un’azienda ammessa all’Albo metropolitano delle Aziende inclusive o nel tavolo del Protocollo: la bozza resta salvata',
    en: 'Only a company admitted to the Albo metropolitano delle Aziende inclusive or on the Protocol’s board can publish: the draft stays saved',
  },
  START_DATE_IN_PAST: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: '{field}: la data di inizio ({startDate}) è già passata',
    en: '{field}: the start date ({startDate}) is in the past',
  },
  NOT_ALLOWED_IN_STATUS: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Operazione non possibile per una posizione in stato {status}',
    en: 'Not possible for a slot in status {status}',
  },
  OPENINGS_BELOW_TAKEN: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'input.openings: {taken} posti sono già occupati',
    en: 'input.openings: {taken} openings are already taken',
  },
  NO_OPENING_LEFT: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Non ci sono più posti liberi in questa posizione',
    en: 'This slot has no opening left',
  },
  INTAKE_PAUSED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La posizione non accetta nuove proposte fino al {until}',
    en: 'The slot takes no new proposals until {until}',
  },
  PAUSED_FOR_STANDING: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La posizione non accetta nuove proposte finché l’azienda non è di nuovo attiva nell’Albo o nel tavolo',
    en: 'The slot takes no new proposals until the company is active again in the Albo or on the board',
  },
  MONTHLY_CAP_REACHED: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'La posizione ha raggiunto il limite di {cap} nuove proposte questo mese',
    en: 'The slot has reached its cap of {cap} new proposals this month',
  },
});

/** An error about one input field, named in both languages and in `fields`. */
export function fieldError(code: SlotErrorCode, field: string, values: Record<string, string | number>): InstanceType<typeof SlotError> {
  const error = new SlotError(code, { field, ...values });
  error.details.fields = [{ field, messages: error.messages }];
  return error;
}
