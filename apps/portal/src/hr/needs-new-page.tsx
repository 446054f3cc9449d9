import { useCallback, useState, type FormEvent } from 'react';
import { HrCreateNeedsAnalysisDocument, HrTerritoryDocument } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link, navigate } from '../ui/router';
import { useAction } from '../ui/use-action';
import { useQuery } from '../ui/use-query';
import { useFieldErrors } from '../ui/use-field-errors';
import { ProgressButton } from '../ui/progress-button';
import { FormErrorAlert } from './form-error-alert';
import { setFlash } from '../ui/flash';
import { NeedsFields } from './needs-form';
import { needsFieldLabels } from './needs-field-labels';
import { EMPTY_LINE, linesWithoutNumber, toContentInput, type NeedsFormValues } from './needs-form-values';
import { periodChoices } from './needs-period';

/** HR: a new needs analysis, saved as a draft to complete and submit later. */
export function NeedsNewPage() {
  const { t } = useI18n();
  const territory = useQuery(HrTerritoryDocument, {});
  const [values, setValues] = useState<NeedsFormValues>(() => ({ period: periodChoices(new Date())[0], notes: '', lines: [EMPTY_LINE] }));
  const [badHeadCounts, setBadHeadCounts] = useState<number[]>([]);
  const create = useCallback(
    async () => (await execute(HrCreateNeedsAnalysisDocument, { input: { period: values.period, ...toContentInput(values) } })).createNeedsAnalysis,
    [values],
  );
  const action = useAction(create);
  const fieldError = useFieldErrors(action.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const bad = linesWithoutNumber(values);
    setBadHeadCounts(bad);
    if (bad.length > 0) return;
    const analysis = await action.run();
    if (analysis) {
      const path = `/area-riservata/fabbisogni/${analysis.id}`;
      setFlash(path, 'hr.needs.created');
      navigate(path);
    }
  };
  return (
    <section aria-labelledby="needs-new-title" aria-busy={territory.loading}>
      <Link href="/area-riservata/fabbisogni">{t('hr.needs.backToList')}</Link>
      <h1 id="needs-new-title" className="mt-3">{t('hr.needs.newTitle')}</h1>
      <p className="lead">{t('hr.needs.newIntro')}</p>
      <ErrorAlert error={territory.error} />
      {territory.loading && <Loading />}
      {territory.data && (
        <form onSubmit={submit} noValidate>
          <FormErrorAlert error={action.error} labels={needsFieldLabels(values, t)} />
          {badHeadCounts.length > 0 && (
            <div className="alert alert-danger" role="alert">
              {t('hr.form.fixNumbers')}
            </div>
          )}
          <NeedsFields values={values} onChange={setValues} districts={territory.data.districts} periodEditable fieldError={fieldError} badHeadCounts={badHeadCounts}>
            <ProgressButton pending={action.pending} label={t('hr.needs.saveDraft')} pendingLabel={t('hr.common.saving')} />
          </NeedsFields>
        </form>
      )}
    </section>
  );
}
