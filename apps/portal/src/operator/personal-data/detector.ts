/**
 * The API's own personal-data detector (libs/personal-data), bundled into the portal so that the
 * form warns by exactly the rules the server refuses by: one set of rules, never a copy. It is
 * pure TypeScript over libphonenumber-js, ibantools and codice-fiscale-js, which Vite bundles;
 * the phone and codice fiscale metadata weigh about half a megabyte, so pages load it lazily
 * (see use-personal-data.ts) and only the profile form pays for it.
 */
export { findPersonalData, PersonalDataKind } from '../../../../../libs/personal-data/src/personal-data-detector';
