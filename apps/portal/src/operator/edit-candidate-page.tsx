import { Alert } from 'design-react-kit';
import { useCallback, useEffect, useState } from 'react';
import {
  OperatorCandidateDocument,
  OperatorCandidateFormListsDocument,
  OperatorUpdateCandidateDocument,
  type OperatorCandidateDetailFragment,
  type OperatorUpdateCandidateMutation,
} from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { clearFlash, flashFor } from '../ui/flash';
import { Loading } from '../ui/loading';
import { Link } from '../ui/router';
import { useQuery } from '../ui/use-query';
import { CandidateSummary } from './candidate-summary';
import { CandidateForm } from './form/candidate-form';
import { valuesOf, type CandidateFormValues, type ProfileInput } from './form/candidate-form-values';
import type { FormLists } from './form/section-props';
import { useProfileSubmit } from './form/use-profile-submit';
import type { Reconfirmed } from './reconfirm-button';

function EditCandidate({ initial, lists }: { initial: OperatorCandidateDetailFragment; lists: FormLists }) {
  const { t } = useI18n();
  const [candidate, setCandidate] = useState(initial);
  const [values, setValues] = useState(() => valuesOf(initial));
  // The values as last saved: the "saved" message stays until the user changes something.
  const [savedValues, setSavedValues] = useState<CandidateFormValues | null>(null);
  const [flash] = useState(() => flashFor(`/area-riservata/persone/${initial.id}`));
  useEffect(clearFlash, []);
  const send = useCallback((input: ProfileInput) => execute(OperatorUpdateCandidateDocument, { id: initial.id, input }), [initial.id]);
  const saved = useCallback(({ updateCandidate }: OperatorUpdateCandidateMutation) => {
    const next = valuesOf(updateCandidate);
    setCandidate(updateCandidate);
    setValues(next);
    setSavedValues(next);
  }, []);
  const form = useProfileSubmit(values, send, saved);
  const reconfirmed = (result: Reconfirmed) => setCandidate((previous) => ({ ...previous, ...result }));
  const feedback = (
    <>
      {Object.keys(form.clientErrors).length > 0 && <Alert color="danger">{t('operator.form.checkFields')}</Alert>}
      <ErrorAlert error={form.error} />
      <div role="status">{savedValues === values && <div className="alert alert-success">{t('operator.form.saved')}</div>}</div>
    </>
  );
  return (
    <>
      <h1 id="edit-title" className="mt-3">{t('operator.edit.title', { code: candidate.publicCode })}</h1>
      <div role="status">{flash && <div className="alert alert-success">{t(flash.key, flash.params)}</div>}</div>
      <CandidateSummary candidate={candidate} onReconfirmed={reconfirmed} onChanged={setCandidate} />
      <CandidateForm values={values} setValues={setValues} errorOf={form.errorOf} lists={lists} pending={form.pending} onSubmit={form.submit}
        feedback={feedback} failures={form.failures} />
    </>
  );
}

/** One profile of the organisation: where it stands, and its fields to change. */
export function EditCandidatePage({ candidateId }: { candidateId: string }) {
  const { t } = useI18n();
  const candidate = useQuery(OperatorCandidateDocument, { id: candidateId });
  const lists = useQuery(OperatorCandidateFormListsDocument, {});
  const error = candidate.error ?? lists.error;
  return (
    <section aria-labelledby="edit-title">
      <Link href="/area-riservata/persone">{t('operator.back')}</Link>
      {error && <h1 id="edit-title" className="mt-3">{t('operator.list.title')}</h1>}
      <ErrorAlert error={error} />
      {(candidate.loading || lists.loading) && <Loading />}
      {candidate.data && lists.data && <EditCandidate initial={candidate.data.candidate} lists={lists.data} />}
    </section>
  );
}
