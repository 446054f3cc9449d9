import { ValidationArguments } from 'class-validator';
import { LocalisedMessage } from '../errors/localised-message';

const MARKER = 'i18n:';

/**
 * A class-validator message in both languages. class-validator carries one string per
 * constraint, so both texts travel encoded in it and the validation pipe decodes them.
 * `{value}` style placeholders are not supported; build the text from `args` instead.
 */
export function bilingual(
  message: LocalisedMessage | ((args: ValidationArguments) => LocalisedMessage),
): (args: ValidationArguments) => string {
  return (args) => MARKER + JSON.stringify(typeof message === 'function' ? message(args) : message);
}

export function decodeBilingual(message: string): LocalisedMessage | undefined {
  if (!message.startsWith(MARKER)) return undefined;
  return JSON.parse(message.slice(MARKER.length)) as LocalisedMessage;
}
