import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';
import { bilingual } from './bilingual-message';
import { translateConstraint } from './translate-constraint';

enum Shift {
  MORNING = 'MORNING',
  EVENING = 'EVENING',
}

/** Each field breaks exactly one constraint, so that every message is class-validator's own. */
class Probe {
  @MaxLength(120)
  title = 'x'.repeat(121);

  @MinLength(3)
  code = 'ab';

  @Max(40)
  hours = 41;

  @Min(-5)
  offset = -6;

  @IsEmail()
  email = 'not-an-email';

  @IsInt()
  openings = 1.5;

  @IsEnum(Shift)
  shift = 'NIGHT';

  @ArrayMinSize(2)
  sectors: string[] = ['a'];

  @ArrayMaxSize(1)
  languages: string[] = ['it', 'en'];

  @IsNotEmpty()
  name = '';

  @MaxLength(10, { message: bilingual({ it: 'troppo lungo', en: 'too long' }) })
  note = 'x'.repeat(11);
}

function messageOf(property: keyof Probe): { constraint: string; message: string } {
  const errors: ValidationError[] = validateSync(new Probe());
  const error = errors.find((candidate) => candidate.property === property);
  const [[constraint, message]] = Object.entries(error?.constraints ?? {});
  return { constraint, message };
}

describe('translateConstraint', () => {
  it.each<[keyof Probe, string]>([
    ['title', 'title: deve avere al massimo 120 caratteri'],
    ['code', 'code: deve avere almeno 3 caratteri'],
    ['hours', 'hours: non deve superare 40'],
    ['offset', 'offset: deve essere almeno -5'],
    ['email', 'email: deve essere un indirizzo e-mail valido'],
    ['openings', 'openings: deve essere un numero intero'],
    ['shift', 'shift: deve essere uno tra: MORNING, EVENING'],
    ['sectors', 'sectors: deve contenere almeno 2 elementi'],
    ['languages', 'languages: deve contenere al massimo 1 elementi'],
    ['name', 'name: è obbligatorio'],
  ])("puts class-validator's message for %s in Italian, with its bound", (property, italian) => {
    const { constraint, message } = messageOf(property);
    const translated = translateConstraint(property, constraint, message);
    expect(translated.it).toBe(italian);
    expect(translated.en).toBe(message);
    expect(translated.en.startsWith(property)).toBe(true);
  });

  it('decodes a bilingual message and prefixes the field in both languages', () => {
    const { constraint, message } = messageOf('note');
    expect(translateConstraint('input.note', constraint, message)).toEqual({
      it: 'input.note: troppo lungo',
      en: 'input.note: too long',
    });
  });

  it('names a nested field in English when the message names only the property', () => {
    const { constraint, message } = messageOf('title');
    const translated = translateConstraint('input.title', constraint, message);
    expect(translated.it).toBe('input.title: deve avere al massimo 120 caratteri');
    expect(translated.en.startsWith('input.title: ')).toBe(true);
  });

  it('falls back to a generic Italian text for a constraint it does not know', () => {
    expect(translateConstraint('iban', 'isIBAN', 'iban must be an IBAN')).toEqual({
      it: 'iban: non è valido',
      en: 'iban must be an IBAN',
    });
  });

  it('falls back when a known constraint carries an unexpected text', () => {
    expect(translateConstraint('title', 'maxLength', 'too long').it).toBe('title: non è valido');
  });
});
