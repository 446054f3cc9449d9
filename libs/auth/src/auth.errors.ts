import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SECOND_FACTOR_CODE_REQUIRED = 'SECOND_FACTOR_CODE_REQUIRED',
  INVALID_SECOND_FACTOR_CODE = 'INVALID_SECOND_FACTOR_CODE',
  NO_PENDING_ENROLMENT = 'NO_PENDING_ENROLMENT',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  INVITATION_INVALID = 'INVITATION_INVALID',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  SCOPE_MISMATCH = 'SCOPE_MISMATCH',
  SCOPE_NOT_FOUND = 'SCOPE_NOT_FOUND',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  NOT_SCOPE_ADMIN = 'NOT_SCOPE_ADMIN',
  NOT_A_COLLEAGUE = 'NOT_A_COLLEAGUE',
  COMPANY_NOT_ON_BOARD = 'COMPANY_NOT_ON_BOARD',
  DISABLED_BY_ADMIN = 'DISABLED_BY_ADMIN',
  REPLACEMENT_NEEDS_PROOF = 'REPLACEMENT_NEEDS_PROOF',
}

export const AuthError = defineDomainErrors<AuthErrorCode>({
  INVALID_CREDENTIALS: {
    code: GraphqlErrorCode.UNAUTHENTICATED,
    it: 'E-mail o password non corretti',
    en: 'Wrong e-mail or password',
  },
  ACCOUNT_LOCKED: {
    code: GraphqlErrorCode.TOO_MANY_REQUESTS,
    it: "Troppi tentativi non riusciti: l'account è bloccato fino alle {until}",
    en: 'Too many failed attempts: the account is locked until {until}',
  },
  SECOND_FACTOR_CODE_REQUIRED: {
    code: GraphqlErrorCode.UNAUTHENTICATED,
    it: "Inserisci il codice a 6 cifre dell'app di autenticazione",
    en: 'Enter the 6-digit code from your authenticator app',
  },
  INVALID_SECOND_FACTOR_CODE: {
    code: GraphqlErrorCode.UNAUTHENTICATED,
    it: 'Il codice di verifica non è corretto o è scaduto',
    en: 'The verification code is wrong or expired',
  },
  NO_PENDING_ENROLMENT: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Avvia prima la configurazione della verifica in due passaggi',
    en: 'Start the second-factor enrolment first',
  },
  INVALID_REFRESH_TOKEN: {
    code: GraphqlErrorCode.UNAUTHENTICATED,
    it: 'La sessione è scaduta: accedi di nuovo',
    en: 'Your session has expired: please sign in again',
  },
  INVITATION_INVALID: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: "L'invito non è valido, è già stato usato o è scaduto",
    en: 'The invitation is not valid, was already used or has expired',
  },
  EMAIL_TAKEN: {
    code: GraphqlErrorCode.CONFLICT,
    it: 'Esiste già un account con questo indirizzo e-mail',
    en: 'An account with this e-mail address already exists',
  },
  SCOPE_MISMATCH: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il ruolo {role} richiede: {needs}',
    en: 'The role {role} needs: {needs}',
  },
  SCOPE_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: '{scope} non trovato',
    en: '{scope} not found',
  },
  NOT_SCOPE_ADMIN: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: "Solo l'amministratore dell'azienda o l'operatore referente dell'organizzazione può gestire i colleghi",
    en: "Only the company admin or the organisation's lead operator can manage colleagues",
  },
  NOT_A_COLLEAGUE: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: 'Puoi gestire solo colleghi con il tuo stesso ruolo nella tua azienda o organizzazione',
    en: 'You can only manage colleagues with your role in your own company or organisation',
  },
  COMPANY_NOT_ON_BOARD: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: "L'azienda non siede oggi nel board del Protocollo: si può invitare un membro del board solo per un'azienda del board",
    en: "The company is not on the Protocol's board today: a board member can be invited only for a board company",
  },
  DISABLED_BY_ADMIN: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: "Questo collega è stato disattivato dall'ufficio metropolitano: solo l'ufficio può riattivarlo",
    en: 'This colleague was disabled by the metropolitan office: only the office can enable them again',
  },
  REPLACEMENT_NEEDS_PROOF: {
    code: GraphqlErrorCode.FORBIDDEN,
    it: "Per sostituire la verifica in due passaggi servono la password e un codice attuale dell'app già configurata",
    en: 'To replace the second factor, give your password and a current code from the app already set up',
  },
  USER_NOT_FOUND: {
    code: GraphqlErrorCode.NOT_FOUND,
    it: 'Utente non trovato',
    en: 'User not found',
  },
});
