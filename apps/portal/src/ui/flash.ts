import type { MessageKey } from '../i18n/messages-it';

export interface Flash {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Long enough for the next page to mount; short enough not to greet a later visit. */
const FRESH_MS = 5_000;

/**
 * The portal navigates without reloading, so module state survives the move. Kept as a key so
 * that it follows a language switch.
 */
let pending: (Flash & { path: string; at: number }) | null = null;

/** A message for the page a form moves to, e.g. "saved as a draft" on the new slot's page. */
export function setFlash(path: string, key: MessageKey, params?: Flash['params']): void {
  pending = { path, key, params, at: Date.now() };
}

/** Read, not consumed: React may run a state initialiser (or mount a page) twice in development. */
export function flashFor(path: string): Flash | null {
  return pending && pending.path === path && Date.now() - pending.at < FRESH_MS ? { key: pending.key, params: pending.params } : null;
}

/** For a page that shows its message once, even when visited again at once. */
export function clearFlash(): void {
  pending = null;
}
