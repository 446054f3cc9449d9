import type { Translate } from '../i18n/i18n-context';
import { it, type MessageKey } from '../i18n/messages-it';

function isMessageKey(key: string): key is MessageKey {
  return key in it;
}

/** The words for a code the report sends as a string (a reason, a channel); the code itself if new. */
export function codeLabel(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** A column of the measure tables, e.g. CARITAS/TIROCINIO → "Caritas · Tirocinio". */
export function channelKindLabel(t: Translate, key: string): string {
  const [channel, kind] = key.split('/');
  return kind ? `${codeLabel(t, 'coordinator.channel', channel)} · ${codeLabel(t, 'kind', kind)}` : codeLabel(t, 'coordinator.channel', channel);
}

const percentFormat = new Intl.NumberFormat('it-IT', { style: 'percent', maximumFractionDigits: 1 });

export function formatShare(value: number): string {
  return percentFormat.format(value);
}
