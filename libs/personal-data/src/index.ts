export { assertNoPersonalData } from './assert-no-personal-data';
export { isValidCodiceFiscale, normaliseCodiceFiscale } from './codice-fiscale';
export { findPersonalData } from './personal-data-detector';
export { PERSONAL_DATA_KIND_NAMES, PersonalDataKind } from './personal-data-kind';
export { PersonalDataError, PersonalDataErrorCode } from './personal-data.errors';
