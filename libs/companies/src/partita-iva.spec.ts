import { isValidPartitaIva, partitaIvaCheckDigit } from './partita-iva';

describe('partita IVA', () => {
  it.each([
    '00488410010', // TIM
    '00905811006', // Eni
    '01234567897',
    '03214560371',
  ])('accepts %s, whose last digit checks the other ten', (value) => {
    expect(isValidPartitaIva(value)).toBe(true);
  });

  it('refuses every wrong check digit of a valid number', () => {
    const firstTen = '0048841001';
    const right = partitaIvaCheckDigit(firstTen);
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(isValidPartitaIva(`${firstTen}${digit}`)).toBe(digit === right);
    }
  });

  it('catches a single changed digit and a swap of two neighbouring different digits', () => {
    const valid = '00488410010';
    for (let index = 0; index < 10; index += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        if (String(digit) === valid[index]) continue;
        const changed = `${valid.slice(0, index)}${digit}${valid.slice(index + 1)}`;
        expect(isValidPartitaIva(changed)).toBe(false);
      }
    }
    expect(isValidPartitaIva('04088410010')).toBe(false);
  });

  it.each([
    ['too short', '0048841001'],
    ['too long', '004884100100'],
    ['with letters', '0048841001A'],
    ['with spaces', '00488 41001'],
    ['with the country prefix', 'IT00488410010'],
    ['all zeros', '00000000000'],
    ['empty', ''],
  ])('refuses a value %s', (_case, value) => {
    expect(isValidPartitaIva(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isValidPartitaIva(488410010)).toBe(false);
    expect(isValidPartitaIva(null)).toBe(false);
  });
});
