import { LocalisedMessage } from '../errors/localised-message';
import { decodeBilingual } from './bilingual-message';

type Rule = [RegExp, (match: RegExpMatchArray) => string];

/**
 * Italian for class-validator's built-in English messages, keyed by constraint name. The
 * English text already carries the bound (e.g. "shorter than or equal to 120 characters"),
 * so the Italian is rebuilt from it.
 */
const ITALIAN: Record<string, Rule> = {
  maxLength: [/(\d+) characters/, (m) => `deve avere al massimo ${m[1]} caratteri`],
  minLength: [/(\d+) characters/, (m) => `deve avere almeno ${m[1]} caratteri`],
  max: [/not be greater than (-?[\d.]+)/, (m) => `non deve superare ${m[1]}`],
  min: [/not be less than (-?[\d.]+)/, (m) => `deve essere almeno ${m[1]}`],
  isEmail: [/.*/, () => 'deve essere un indirizzo e-mail valido'],
  isInt: [/.*/, () => 'deve essere un numero intero'],
  isNumber: [/.*/, () => 'deve essere un numero'],
  isString: [/.*/, () => 'deve essere un testo'],
  isBoolean: [/.*/, () => 'deve essere vero o falso'],
  isNotEmpty: [/.*/, () => 'è obbligatorio'],
  isDefined: [/.*/, () => 'è obbligatorio'],
  isUuid: [/.*/, () => 'deve essere un identificativo valido'],
  isEnum: [/values: (.*)$/, (m) => `deve essere uno tra: ${m[1]}`],
  isIn: [/values: (.*)$/, (m) => `deve essere uno tra: ${m[1]}`],
  isDateString: [/.*/, () => 'deve essere una data valida'],
  isDate: [/.*/, () => 'deve essere una data valida'],
  isUrl: [/.*/, () => 'deve essere un indirizzo web valido'],
  matches: [/.*/, () => 'non ha il formato atteso'],
  arrayMinSize: [/(\d+) elements/, (m) => `deve contenere almeno ${m[1]} elementi`],
  arrayMaxSize: [/(\d+) elements/, (m) => `deve contenere al massimo ${m[1]} elementi`],
  arrayUnique: [/.*/, () => 'non deve contenere duplicati'],
  isArray: [/.*/, () => 'deve essere un elenco'],
  whitelistValidation: [/.*/, () => 'non è un campo ammesso'],
  isStrongPassword: [/.*/, () => 'non è abbastanza robusta'],
  length: [/.*/, () => 'non ha la lunghezza attesa'],
};

/** One constraint's message in both languages, naming the field. */
export function translateConstraint(field: string, constraint: string, message: string): LocalisedMessage {
  const decoded = decodeBilingual(message);
  if (decoded) return { it: `${field}: ${decoded.it}`, en: `${field}: ${decoded.en}` };
  const rule = ITALIAN[constraint];
  const match = rule ? message.match(rule[0]) : null;
  const italian = rule && match ? rule[1](match) : 'non è valido';
  return { it: `${field}: ${italian}`, en: message.startsWith(field) ? message : `${field}: ${message}` };
}
