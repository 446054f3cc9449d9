import type { OperatorCandidateRowFragment } from '../api/generated';

/** "Comune (District)", or the district alone when the comune was not given. */
export function residenceOf(candidate: Pick<OperatorCandidateRowFragment, 'residenceComune' | 'residenceDistrict'>, none: string): string {
  const district = candidate.residenceDistrict?.name;
  const comune = candidate.residenceComune?.name;
  if (comune && district) return `${comune} (${district})`;
  return comune ?? district ?? none;
}
