import type { OperatorCandidateFormListsQuery } from '../../api/generated';
import type { CandidateFormValues } from './candidate-form-values';

export type FormLists = OperatorCandidateFormListsQuery;

/** What every part of the profile form receives: the values, a way to change some, and each field's error. */
export interface SectionProps {
  values: CandidateFormValues;
  update: (patch: Partial<CandidateFormValues>) => void;
  errorOf: (field: string) => string | undefined;
  lists: FormLists;
}
