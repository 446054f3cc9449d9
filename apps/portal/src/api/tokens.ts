export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

// Kept for this browser tab only: closing the tab ends the session on this device.
const STORAGE_KEY = 'ipl.session';

export function readTokens(): Tokens | null {
  const raw = window.sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed === 'object' && parsed !== null && 'accessToken' in parsed && 'refreshToken' in parsed) {
    const { accessToken, refreshToken } = parsed;
    if (typeof accessToken === 'string' && typeof refreshToken === 'string') return { accessToken, refreshToken };
  }
  return null;
}

export function saveTokens(tokens: Tokens): void {
  window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken }));
}

export function clearTokens(): void {
  window.sessionStorage.removeItem(STORAGE_KEY);
}
