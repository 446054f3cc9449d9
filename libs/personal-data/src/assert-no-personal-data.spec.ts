import { DomainError, GraphqlErrorCode } from '@ipl/core';
import { assertNoPersonalData } from './assert-no-personal-data';
import { PersonalDataError } from './personal-data.errors';

function refusal(texts: [string, string | null][]): DomainError {
  try {
    assertNoPersonalData(texts);
  } catch (error) {
    if (error instanceof PersonalDataError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('assertNoPersonalData', () => {
  it('passes clean, empty and missing texts', () => {
    expect(() => assertNoPersonalData([['input.note', 'ha bisogno di un tutor'], ['input.feedback', ''], ['input.other', null]])).not.toThrow();
  });

  it('throws one error naming each field and its kinds in Italian and English, never the text', () => {
    const error = refusal([
      ['input.note', 'Mario Rossi, seguito dal CSM'],
      ['input.feedback', 'tutto bene'],
      ['input.labels.1', 'instagram mario_85'],
    ]);
    expect(error.code).toBe(GraphqlErrorCode.BAD_USER_INPUT);
    expect(error.reason).toBe('PERSONAL_DATA_IN_TEXT');
    expect(error.details.fields?.map((field) => field.field)).toEqual(['input.note', 'input.labels.1']);
    expect(error.details.fields?.[0].messages).toEqual({
      it: 'Contiene dati personali: nome di persona, informazioni sulla salute',
      en: "Holds personal data: person's name, health information",
    });
    expect(error.details.personalDataKinds).toEqual(['PERSON_NAME', 'HEALTH', 'WEB_ADDRESS']);
    expect(error.messages.it).toContain('input.note, input.labels.1');
    const everything = JSON.stringify({ messages: error.messages, details: error.details });
    for (const piece of ['Mario', 'Rossi', 'CSM', 'mario_85']) expect(everything).not.toContain(piece);
  });
});
