/** "Castel d'Aiano" → CASTEL_D_AIANO: stable, readable, free of accents and apostrophes. */
export function comuneCode(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
