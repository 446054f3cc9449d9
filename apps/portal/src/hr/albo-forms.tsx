import { useCallback, useState, type FormEvent } from 'react';
import { HrApplyToAlboDocument, HrRequestAlboRenewalDocument, type HrAlboMembershipFragment, type HrAlboQuery } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { useAction } from '../ui/use-action';
import { useFieldErrors } from '../ui/use-field-errors';
import { DeclarationsFields, declarationsInput, NO_DECLARATIONS, type DeclarationValues } from './albo-declarations';
import { ProgressButton } from '../ui/progress-button';
import { CheckboxField, Fieldset } from './hr-fields';

type Section = HrAlboQuery['alboSections'][number];

interface FormProps {
  onDone: (membership: HrAlboMembershipFragment) => void;
}

/** The application to the Albo: the sections wanted and the admission requirements. */
export function AlboApplicationForm({ sections, previous, onDone }: FormProps & { sections: Section[]; previous: string[] }) {
  const { t } = useI18n();
  const [sectionCodes, setSectionCodes] = useState<string[]>(previous.filter((code) => sections.some((section) => section.code === code)));
  const [declarations, setDeclarations] = useState<DeclarationValues>(NO_DECLARATIONS);
  const apply = useCallback(
    async () => (await execute(HrApplyToAlboDocument, { input: { sectionCodes, declarations: declarationsInput(declarations) } })).applyToAlbo,
    [sectionCodes, declarations],
  );
  const action = useAction(apply);
  const fieldError = useFieldErrors(action.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const membership = await action.run();
    if (membership) onDone(membership);
  };
  const toggle = (code: string, on: boolean) => setSectionCodes(on ? sections.map((section) => section.code).filter((each) => each === code || sectionCodes.includes(each)) : sectionCodes.filter((each) => each !== code));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="albo-apply-title" className="mt-5">
      <h2 id="albo-apply-title" className="h4">{t('hr.albo.applyTitle')}</h2>
      <p>{t('hr.albo.applyIntro')}</p>
      <ErrorAlert error={action.error} />
      <Fieldset id="albo-sections" legend={t('hr.albo.sections')} error={fieldError('input.sectionCodes')}>
        {sections.map((section) => (
          <div key={section.code}>
            <CheckboxField id={`albo-section-${section.code}`} label={section.name} checked={sectionCodes.includes(section.code)} onChange={(on) => toggle(section.code, on)} />
            {section.description && <p className="small ms-5">{section.description}</p>}
          </div>
        ))}
      </Fieldset>
      <DeclarationsFields id="albo-apply" values={declarations} onChange={setDeclarations} fieldError={fieldError} />
      <ProgressButton pending={action.pending} label={t('hr.albo.apply')} pendingLabel={t('hr.albo.applying')} />
    </form>
  );
}

/** The renewal of the logo, with the requirements declared again; the reviewer sees the platform's evidence beside them. */
export function AlboRenewalForm({ onDone }: FormProps) {
  const { t } = useI18n();
  const [declarations, setDeclarations] = useState<DeclarationValues>(NO_DECLARATIONS);
  const renew = useCallback(async () => (await execute(HrRequestAlboRenewalDocument, { input: { declarations: declarationsInput(declarations) } })).requestAlboRenewal, [declarations]);
  const action = useAction(renew);
  const fieldError = useFieldErrors(action.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const membership = await action.run();
    if (membership) onDone(membership);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="albo-renew-title" className="mt-5">
      <h2 id="albo-renew-title" className="h4">{t('hr.albo.renewTitle')}</h2>
      <p>{t('hr.albo.renewIntro')}</p>
      <ErrorAlert error={action.error} />
      <DeclarationsFields id="albo-renew" values={declarations} onChange={setDeclarations} fieldError={fieldError} />
      <ProgressButton pending={action.pending} label={t('hr.albo.renew')} pendingLabel={t('hr.albo.renewing')} />
    </form>
  );
}
