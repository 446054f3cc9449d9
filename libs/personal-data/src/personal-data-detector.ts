import { hasCodiceFiscale } from './detectors/codice-fiscale';
import { hasDateOfBirth } from './detectors/date-of-birth';
import { hasEmail } from './detectors/email';
import { hasHealthInformation } from './detectors/health';
import { hasIban } from './detectors/iban';
import { hasIdentityDocument } from './detectors/identity-document';
import { hasPersonName } from './detectors/person-name';
import { hasPhone } from './detectors/phone';
import { hasStreetAddress } from './detectors/street-address';
import { hasWebAddress } from './detectors/web-address';
import { PersonalDataKind } from './personal-data-kind';
import { normalise } from './text-forms';

export { PersonalDataKind } from './personal-data-kind';

/** In the order kinds are reported. */
const DETECTORS: [PersonalDataKind, (text: string) => boolean][] = [
  [PersonalDataKind.EMAIL, hasEmail],
  [PersonalDataKind.PHONE, hasPhone],
  [PersonalDataKind.CODICE_FISCALE, hasCodiceFiscale],
  [PersonalDataKind.IBAN, hasIban],
  [PersonalDataKind.STREET_ADDRESS, hasStreetAddress],
  [PersonalDataKind.PERSON_NAME, hasPersonName],
  [PersonalDataKind.DATE_OF_BIRTH, hasDateOfBirth],
  [PersonalDataKind.WEB_ADDRESS, hasWebAddress],
  [PersonalDataKind.IDENTITY_DOCUMENT, hasIdentityDocument],
  [PersonalDataKind.HEALTH, hasHealthInformation],
];

/** The kinds of personal data found in a text, in a stable order; empty when it is clean. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const normalised = normalise(text);
  return DETECTORS.filter(([, detect]) => detect(normalised)).map(([kind]) => kind);
}
