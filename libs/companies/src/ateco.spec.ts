import { ATECO_SECTIONS, atecoSectionOf, isAtecoCode } from './ateco';

describe('ATECO', () => {
  it('ships the 21 sections A to U, each with an Italian label, covering disjoint divisions', () => {
    expect(ATECO_SECTIONS.map((section) => section.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(ATECO_SECTIONS.every((section) => section.label.length > 3)).toBe(true);
    for (let index = 1; index < ATECO_SECTIONS.length; index += 1) {
      expect(ATECO_SECTIONS[index].divisions[0]).toBeGreaterThan(ATECO_SECTIONS[index - 1].divisions[1]);
    }
  });

  it.each([
    ['01', 'A'],
    ['10.71', 'C'],
    ['10.71.1', 'C'],
    ['10.71.10', 'C'],
    ['56.10.11', 'I'],
    ['88.10.00', 'Q'],
    ['47.1', 'G'],
    ['99', 'U'],
  ])('reads %s as section %s', (code, section) => {
    expect(atecoSectionOf(code)?.code).toBe(section);
    expect(isAtecoCode(code)).toBe(true);
  });

  it.each([
    ['a division that does not exist', '04.11'],
    ['division 00', '00'],
    ['one digit', '1'],
    ['no dot', '1071'],
    ['a trailing dot', '10.'],
    ['three digits after the dot', '10.711'],
    ['a section letter', 'C'],
    ['a letter prefix', 'C10.71'],
    ['too many levels', '10.71.10.1'],
    ['spaces', ' 10.71'],
  ])('refuses %s', (_case, code) => {
    expect(isAtecoCode(code)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isAtecoCode(1071)).toBe(false);
  });
});
