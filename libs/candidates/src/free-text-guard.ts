import { assertNoPersonalData as assertTextsClean } from '@ipl/personal-data';
import type { CandidateProfileInput } from './dto/candidate.inputs';

/** Every free text of a profile input, each with the path the client wrote it under. */
function freeTexts(input: Partial<CandidateProfileInput>): [string, string | null | undefined][] {
  const texts: [string, string | null | undefined][] = [['input.notes', input.notes]];
  input.freeSkillLabels?.forEach((label, i) => texts.push([`input.freeSkillLabels.${i}`, label]));
  input.experiences?.forEach((experience, i) => {
    texts.push([`input.experiences.${i}.occupation`, experience.occupation]);
    texts.push([`input.experiences.${i}.description`, experience.description]);
  });
  return texts;
}

/** Refuses the whole profile input when any of its free texts holds personal data (see @ipl/personal-data). */
export function assertNoPersonalData(input: Partial<CandidateProfileInput>): void {
  assertTextsClean(freeTexts(input));
}
