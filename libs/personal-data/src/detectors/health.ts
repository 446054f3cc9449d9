import { HEALTH_TERMS } from '../data/health-terms';
import { fold } from '../text-forms';

const HEALTH = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${HEALTH_TERMS.join('|')})`, 'u');

export function hasHealthInformation(text: string): boolean {
  return HEALTH.test(fold(text));
}
