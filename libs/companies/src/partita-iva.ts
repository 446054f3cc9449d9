/** The check digit of a partita IVA over its first ten digits (Luhn variant of the Agenzia delle Entrate). */
export function partitaIvaCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    const digit = Number(firstTen[index]);
    // Digits in even 1-based positions are doubled, and 9 taken off when the double exceeds 9.
    const weighted = index % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/** 11 digits, the last the check digit of the other ten; all zeros is not a partita IVA. */
export function isValidPartitaIva(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{11}$/.test(value) || value === '00000000000') return false;
  return partitaIvaCheckDigit(value.slice(0, 10)) === Number(value[10]);
}
