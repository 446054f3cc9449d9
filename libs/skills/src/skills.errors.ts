import { defineDomainErrors, GraphqlErrorCode } from '@ipl/core';

export enum SkillErrorCode {
  UNKNOWN_SKILL = 'UNKNOWN_SKILL',
}

export const SkillError = defineDomainErrors<SkillErrorCode>({
  UNKNOWN_SKILL: {
    code: GraphqlErrorCode.BAD_USER_INPUT,
    it: 'Competenze non presenti nel vocabolario: {ids}',
    en: 'Skills not in the vocabulary: {ids}',
  },
});
