import { Button } from 'design-react-kit';
import { useEffect, useRef, type Dispatch, type FormEvent, type ReactNode, type SetStateAction } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { AvailabilitySection } from './availability-section';
import type { CandidateFormValues } from './candidate-form-values';
import { ConditionsSection } from './conditions-section';
import { FreeTextArea } from './free-text-fields';
import { LanguagesSection } from './languages-section';
import { PlaceSection } from './place-section';
import type { FormLists } from './section-props';
import { SkillsSection } from './skills-section';

interface CandidateFormProps {
  values: CandidateFormValues;
  setValues: Dispatch<SetStateAction<CandidateFormValues>>;
  errorOf: (field: string) => string | undefined;
  lists: FormLists;
  pending: boolean;
  onSubmit: (event: FormEvent) => void;
  /** Fields before the profile's own (the codice fiscale of a new profile). */
  before?: ReactNode;
  /** What the last attempt got, shown just above the button. */
  feedback: ReactNode;
  /** Failed attempts so far: each one moves the focus to the feedback. */
  failures: number;
}

/** The anonymised profile, section by section; the free texts warn about personal data as they are typed. */
export function CandidateForm({ values, setValues, errorOf, lists, pending, onSubmit, before, feedback, failures }: CandidateFormProps) {
  const { t } = useI18n();
  const feedbackRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failures > 0) feedbackRef.current?.focus();
  }, [failures]);
  const update = (patch: Partial<CandidateFormValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const section = { values, update, errorOf, lists };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4">
      {before}
      <PlaceSection {...section} />
      <SkillsSection {...section} />
      <LanguagesSection {...section} />
      <AvailabilitySection {...section} />
      <ConditionsSection {...section} />
      <section aria-labelledby="form-notes-title" className="mb-4">
        <h2 id="form-notes-title" className="h4 mb-4">{t('operator.form.notesTitle')}</h2>
        <FreeTextArea id="candidate-notes" label={t('operator.form.notes')} hint={t('operator.form.notesHint')} maxLength={1000}
          value={values.notes} onChange={(notes) => update({ notes })} error={errorOf('input.notes')} />
      </section>
      <div ref={feedbackRef} tabIndex={-1}>
        {feedback}
      </div>
      <Button type="submit" color="primary" disabled={pending}>{pending ? t('operator.form.saving') : t('operator.form.save')}</Button>
      <span className="visually-hidden" role="status">{pending ? t('operator.form.saving') : ''}</span>
    </form>
  );
}
