import { Alert } from 'design-react-kit';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { OperatorCandidateFormListsDocument, OperatorCreateCandidateDocument, type OperatorCreateCandidateMutation } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { setFlash } from '../ui/flash';
import { Loading } from '../ui/loading';
import { Link, navigate } from '../ui/router';
import { useQuery } from '../ui/use-query';
import { CandidateForm } from './form/candidate-form';
import { EMPTY_VALUES, type ProfileInput } from './form/candidate-form-values';
import { TextField } from './form/controls';
import { DuplicateConflict } from './form/duplicate-conflict';
import type { FormLists } from './form/section-props';
import { useProfileSubmit } from './form/use-profile-submit';

function NewCandidateForm({ lists }: { lists: FormLists }) {
  const { t } = useI18n();
  const [values, setValues] = useState(EMPTY_VALUES);
  // Typed for the duplicate check only: sent once, never stored here or there.
  const [codiceFiscale, setCodiceFiscale] = useState('');
  const [consentGivenOn, setConsentGivenOn] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const send = useCallback(
    (input: ProfileInput) =>
      execute(OperatorCreateCandidateDocument, { input: { ...input, codiceFiscale, coordinationConsent: consentGivenOn === null ? null : { consentGivenOn } } }),
    [codiceFiscale, consentGivenOn],
  );
  const saved = useCallback(({ createCandidate }: OperatorCreateCandidateMutation) => {
    setFlash(`/area-riservata/persone/${createCandidate.id}`, 'operator.form.created', { code: createCandidate.publicCode });
    navigate(`/area-riservata/persone/${createCandidate.id}`);
  }, []);
  const form = useProfileSubmit(values, send, saved);
  useEffect(() => {
    if (form.error?.code === 'CONFLICT') setConflict(form.error);
  }, [form.error]);
  const typeCodiceFiscale = (value: string) => {
    setCodiceFiscale(value);
    // Another person: the conflict and the consent recorded for the previous one no longer apply.
    setConflict(null);
    setConsentGivenOn(null);
  };
  const feedback = (
    <>
      {Object.keys(form.clientErrors).length > 0 && <Alert color="danger">{t('operator.form.checkFields')}</Alert>}
      <ErrorAlert error={form.error?.code === 'CONFLICT' ? null : form.error} />
      {conflict && (
        <DuplicateConflict error={conflict} consentGivenOn={consentGivenOn} onConsent={setConsentGivenOn}
          consentError={form.errorOf('input.coordinationConsent.consentGivenOn')} />
      )}
    </>
  );
  const before = (
    <section aria-labelledby="form-duplicate-title" className="mb-4">
      <h2 id="form-duplicate-title" className="h4 mb-4">{t('operator.form.duplicate')}</h2>
      <div className="row">
        <TextField id="candidate-cf" className="col-12 col-md-6" label={t('operator.form.codiceFiscale')} hint={t('operator.form.codiceFiscaleHint')}
          value={codiceFiscale} onChange={typeCodiceFiscale} maxLength={40} autoComplete="off" spellCheck={false} autoCapitalize="characters"
          error={form.errorOf('input.codiceFiscale')} />
      </div>
    </section>
  );
  return (
    <CandidateForm values={values} setValues={setValues} errorOf={form.errorOf} lists={lists} pending={form.pending} onSubmit={form.submit}
      before={before} feedback={feedback} failures={form.failures} />
  );
}

/** A new anonymised profile, with the cross-channel duplicate check. */
export function NewCandidatePage() {
  const { t } = useI18n();
  const lists = useQuery(OperatorCandidateFormListsDocument, {});
  return (
    <section aria-labelledby="new-title">
      <Link href="/area-riservata/persone">{t('operator.back')}</Link>
      <h1 id="new-title" className="mt-3">{t('operator.new.title')}</h1>
      <p className="lead">{t('operator.new.intro')}</p>
      <ErrorAlert error={lists.error} />
      {lists.loading && <Loading />}
      {lists.data && <NewCandidateForm lists={lists.data} />}
    </section>
  );
}
