import type { MessageKey } from '../i18n/messages-it';

/** Long enough for the next page to mount; short enough not to greet a later visit. */
const FRESH_MS = 5_000;

let pending: { path: string; message: MessageKey; at: number } | null = null;

/** A message for the page a form moves to, e.g. "saved as a draft" on the new slot's page. */
export function setFlash(path: string, message: MessageKey): void {
  pending = { path, message, at: Date.now() };
}

/** Read, not consumed: React may mount a page twice in development. */
export function flashFor(path: string): MessageKey | null {
  return pending && pending.path === path && Date.now() - pending.at < FRESH_MS ? pending.message : null;
}
