import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import { useAction } from '../../ui/use-action';
import { profileInputOf, type CandidateFormValues, type ClientErrors, type ProfileInput } from './candidate-form-values';

export interface ProfileSubmit {
  submit: (event: FormEvent) => Promise<void>;
  pending: boolean;
  /** The API's refusal of the last attempt. */
  error: ApiError | null;
  /** What the form itself found wrong in the last attempt. */
  clientErrors: ClientErrors;
  /** Counts failed attempts, so the form can move focus to what went wrong. */
  failures: number;
  errorOf: (field: string) => string | undefined;
}

/**
 * Sends the profile, keeping every value as typed whatever the answer: the form's own check
 * first (values GraphQL would refuse before the API could explain), then the API's.
 */
export function useProfileSubmit<TResult>(
  values: CandidateFormValues,
  send: (input: ProfileInput) => Promise<TResult>,
  onSaved: (result: TResult) => void,
): ProfileSubmit {
  const { t, language } = useI18n();
  const [clientErrors, setClientErrors] = useState<ClientErrors>({});
  const [failures, setFailures] = useState(0);
  const input = useRef<ProfileInput | null>(null);
  const run = useCallback(() => {
    if (!input.current) return Promise.reject(new Error('submit without input'));
    return send(input.current);
  }, [send]);
  const action = useAction(run);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = profileInputOf(values);
    if (!checked.ok) {
      setClientErrors(checked.errors);
      setFailures((count) => count + 1);
      return;
    }
    setClientErrors({});
    input.current = checked.input;
    const result = await action.run();
    if (result === undefined) setFailures((count) => count + 1);
    else onSaved(result);
  };

  const errorOf = (field: string) => {
    const own = clientErrors[field];
    if (own) return t(own);
    // A list's errors come per item (input.freeSkillLabels.2): the field shows the first.
    return action.error?.fields.find((error) => error.field === field || error.field.startsWith(`${field}.`))?.messages[language];
  };
  return { submit, pending: action.pending, error: action.error, clientErrors, failures, errorOf };
}
