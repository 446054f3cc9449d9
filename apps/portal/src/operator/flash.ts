import type { MessageKey } from '../i18n/messages-it';

export interface Flash {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * A message for the next page to show once (e.g. "profile created" on the new profile's page):
 * the portal navigates without reloading, so module state survives the move. Kept as a key so
 * that it follows a language switch. Read and cleared in two steps, because React may run a
 * state initialiser twice.
 */
let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

export function peekFlash(): Flash | null {
  return pending;
}

export function clearFlash(): void {
  pending = null;
}
