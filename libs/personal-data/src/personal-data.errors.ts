import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum PersonalDataErrorCode {
  PERSONAL_DATA_IN_TEXT = 'PERSONAL_DATA_IN_TEXT',
}

export const PersonalDataError = defineDomainErrors<PersonalDataErrorCode>({
  PERSONAL_DATA_IN_TEXT: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Il campo {field} contiene dati personali ({kindsIt}): la persona resta anonima, toglili',
    en: 'The field {field} holds personal data ({kindsEn}): the person stays anonymous, remove them',
  },
});
