import { useCallback, useState, type FormEvent } from 'react';
import {
  HrCreateNeedsAnalysisDocument,
  HrNeedsAnalysisDocument,
  HrSubmitNeedsAnalysisDocument,
  HrTerritoryDocument,
  HrUpdateNeedsAnalysisDocument,
  type HrNeedsAnalysisFragment,
  type HrTerritoryQuery,
} from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages-it';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link, navigate } from '../ui/router';
import { useAction } from '../ui/use-action';
import { useQuery } from '../ui/use-query';
import { useFieldErrors } from '../ui/use-field-errors';
import { ProgressButton } from '../ui/progress-button';
import { ConfirmAction } from './confirm-action';
import { FormErrorAlert } from './form-error-alert';
import { flashFor, setFlash } from '../ui/flash';
import { NeedsAnalysisView } from './needs-analysis-view';
import { needsFieldLabels } from './needs-field-labels';
import { NeedsFields } from './needs-form';
import { analysisToValues, linesWithoutNumber, toContentInput, type NeedsFormValues } from './needs-form-values';
import { periodLabel } from './needs-period';

type Districts = HrTerritoryQuery['districts'];
type Changed = (analysis: HrNeedsAnalysisFragment, message: MessageKey) => void;

/** A draft: its lines can change until it is submitted; submitting saves what is on screen first. */
function DraftEditor({ analysis, districts, onChanged }: { analysis: HrNeedsAnalysisFragment; districts: Districts; onChanged: Changed }) {
  const { t } = useI18n();
  const [values, setValues] = useState<NeedsFormValues>(() => analysisToValues(analysis));
  const [badHeadCounts, setBadHeadCounts] = useState<number[]>([]);
  const save = useCallback(async () => (await execute(HrUpdateNeedsAnalysisDocument, { id: analysis.id, input: toContentInput(values) })).updateNeedsAnalysis, [analysis.id, values]);
  const saving = useAction(save);
  const submitIt = useCallback(async () => {
    await save();
    return (await execute(HrSubmitNeedsAnalysisDocument, { id: analysis.id })).submitNeedsAnalysis;
  }, [analysis.id, save]);
  const fieldError = useFieldErrors(saving.error);
  const numbersOk = () => {
    const bad = linesWithoutNumber(values);
    setBadHeadCounts(bad);
    return bad.length === 0;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!numbersOk()) return;
    const saved = await saving.run();
    if (saved) onChanged(saved, 'hr.needs.saved');
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrorAlert error={saving.error} labels={needsFieldLabels(values, t)} />
      {badHeadCounts.length > 0 && (
        <div className="alert alert-danger" role="alert">
          {t('hr.form.fixNumbers')}
        </div>
      )}
      <NeedsFields values={values} onChange={setValues} districts={districts} periodEditable={false} fieldError={fieldError} badHeadCounts={badHeadCounts}>
        <div className="d-flex flex-wrap gap-3 align-items-start">
          <ProgressButton pending={saving.pending} label={t('hr.needs.saveDraft')} pendingLabel={t('hr.common.saving')} outline />
          <ConfirmAction label={t('hr.needs.submit')} question={t('hr.needs.submitQuestion')} confirmLabel={t('hr.needs.submitConfirm')} pendingLabel={t('hr.needs.submitting')}
            action={submitIt} onDone={(submitted) => onChanged(submitted, 'hr.needs.submitted')} />
        </div>
      </NeedsFields>
    </form>
  );
}

/** A submitted analysis is read-only: a change is a new version, which supersedes it once submitted. */
function NewVersion({ analysis }: { analysis: HrNeedsAnalysisFragment }) {
  const { t } = useI18n();
  const create = useCallback(
    async () => (await execute(HrCreateNeedsAnalysisDocument, { input: { period: analysis.period, ...toContentInput(analysisToValues(analysis)) } })).createNeedsAnalysis,
    [analysis],
  );
  const action = useAction(create);
  const run = async () => {
    const draft = await action.run();
    if (draft) {
      const path = `/area-riservata/fabbisogni/${draft.id}`;
      setFlash(path, 'hr.needs.versionCreated');
      navigate(path);
    }
  };
  return (
    <div className="mt-4">
      <p>{t('hr.needs.readOnly')}</p>
      <ErrorAlert error={action.error} />
      <ProgressButton type="button" pending={action.pending} label={t('hr.needs.newVersion')} pendingLabel={t('hr.needs.creatingVersion')} onClick={run} />
    </div>
  );
}

/** HR: one needs analysis, a draft to complete and submit, or a submitted version to read. */
export function NeedsAnalysisPage({ analysisId }: { analysisId: string }) {
  const { t } = useI18n();
  const path = `/area-riservata/fabbisogni/${analysisId}`;
  const query = useQuery(HrNeedsAnalysisDocument, { id: analysisId });
  const territory = useQuery(HrTerritoryDocument, {});
  const [changed, setChanged] = useState<HrNeedsAnalysisFragment | null>(null);
  const [message, setMessage] = useState<MessageKey | null>(() => flashFor(path)?.key ?? null);
  const analysis = changed ?? query.data?.needsAnalysis ?? null;
  const loading = query.loading || territory.loading;
  const onChanged: Changed = (next, done) => {
    setChanged(next);
    setMessage(done);
  };
  return (
    <section aria-labelledby="needs-analysis-title" aria-busy={loading}>
      <Link href="/area-riservata/fabbisogni">{t('hr.needs.backToList')}</Link>
      <h1 id="needs-analysis-title" className="mt-3">
        {analysis ? t('hr.needs.analysisTitle', { period: periodLabel(analysis.period, t), version: analysis.version }) : t('hr.needs.title')}
      </h1>
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message ? t(message) : ''}
      </div>
      <ErrorAlert error={query.error ?? territory.error} />
      {loading && !analysis && <Loading />}
      {analysis && (
        <p className="mb-5">
          <span className="badge bg-primary">{t(`hr.needs.status.${analysis.status}`)}</span>
        </p>
      )}
      {analysis && territory.data && analysis.status === 'DRAFT' && (
        <DraftEditor key={analysis.updatedAt} analysis={analysis} districts={territory.data.districts} onChanged={onChanged} />
      )}
      {analysis && territory.data && analysis.status !== 'DRAFT' && (
        <>
          <NeedsAnalysisView analysis={analysis} districts={territory.data.districts} />
          <NewVersion analysis={analysis} />
        </>
      )}
    </section>
  );
}
