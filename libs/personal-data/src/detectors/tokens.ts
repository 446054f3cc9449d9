/** Alphanumeric runs, upper case: the pieces a code may have been split into. */
export function tokensOf(text: string): string[] {
  return text.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
}
