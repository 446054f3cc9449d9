import { Button } from 'design-react-kit';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import {
  PlacementCheckInDocument,
  PlacementDeclineDocument,
  PlacementEndPathDocument,
  PlacementHireDocument,
  PlacementInterruptPathDocument,
  PlacementRecordConsentDocument,
  PlacementScheduleInterviewDocument,
  PlacementStartPathDocument,
  PlacementWithdrawDocument,
  type CheckInState,
  type ContractType,
  type DeclineReason,
  type InterruptionReason,
  type PathOutcome,
  type PlacementCheckInFragment,
  type PlacementProposalFragment,
} from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages-it';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { useAction, type ActionState } from '../ui/use-action';
import { ChoiceSelect, DateField, NoteField, useFieldError } from './placement-fields';
import { romeToday } from './rome-today';

const DECLINE_REASONS: DeclineReason[] = [
  'SKILLS_MISMATCH', 'SCHEDULE_MISMATCH', 'LOCATION_TOO_FAR', 'WORK_CONDITIONS_NOT_MET', 'SLOT_NO_LONGER_AVAILABLE',
  'PERSON_NOT_INTERESTED', 'PERSON_NOT_AVAILABLE', 'AFTER_INTERVIEW', 'OTHER',
];
const INTERRUPTION_REASONS: InterruptionReason[] = ['PERSON_LEFT', 'DID_NOT_SHOW', 'WORK_CONDITIONS_NOT_MET', 'PERSONAL_CIRCUMSTANCES', 'COMPANY_ENDED', 'FOUND_OTHER_JOB', 'OTHER'];
const CONTRACT_TYPES: ContractType[] = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'PART_TIME_PERMANENT', 'PART_TIME_FIXED_TERM', 'TEMPORARY_AGENCY', 'OTHER'];
const OUTCOMES: PathOutcome[] = ['COMPLETED', 'PARTLY_COMPLETED', 'DID_NOT_SHOW'];
const CHECK_IN_STATES: CheckInState[] = ['FINE', 'SOME_CONCERNS', 'AT_RISK'];

export interface ProposalFormProps {
  proposal: PlacementProposalFragment;
  onDone: (updated: PlacementProposalFragment) => void;
  onCancel: () => void;
}

function orNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** Form, API error, and progress in place of the buttons while the action runs. */
function FormShell<T>({ id, action, submitLabel, onSubmit, onCancel, children }: { id: string; action: ActionState<T>; submitLabel: MessageKey; onSubmit: () => void; onCancel: () => void; children: ReactNode }) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form id={id} onSubmit={submit} noValidate className="mt-3 p-3 border">
      <ErrorAlert error={action.error} />
      {children}
      {action.pending ? (
        <Loading label={t('placements.action.saving')} />
      ) : (
        <div className="d-flex gap-2 flex-wrap">
          <Button type="submit" color="primary">{t(submitLabel)}</Button>
          <Button type="button" color="primary" outline onClick={onCancel}>{t('placements.form.cancel')}</Button>
        </div>
      )}
    </form>
  );
}

/** Runs the mutation and hands the updated proposal to the card. */
function useProposalAction<T>(mutate: () => Promise<T>, pick: (result: T) => PlacementProposalFragment, onDone: (updated: PlacementProposalFragment) => void) {
  const action = useAction(mutate);
  const run = async () => {
    const result = await action.run();
    if (result !== undefined) onDone(pick(result));
  };
  return { action, run };
}

/** A coded reason picked from a list: checked here, since the API only knows the codes. */
function useRequiredChoice<T extends string>() {
  const { t } = useI18n();
  const [value, setValue] = useState<T | ''>('');
  const [missing, setMissing] = useState(false);
  const choose = (next: string) => {
    setValue(next as T | '');
    setMissing(false);
  };
  const check = (): boolean => {
    setMissing(value === '');
    return value !== '';
  };
  return { value, choose, check, error: missing ? t('placements.field.required') : undefined };
}

export function DeclineForm({ proposal, onDone, onCancel }: ProposalFormProps) {
  const { t } = useI18n();
  const reason = useRequiredChoice<DeclineReason>();
  const [note, setNote] = useState('');
  const mutate = useCallback(
    () => execute(PlacementDeclineDocument, { input: { proposalId: proposal.id, reason: reason.value as DeclineReason, note: orNull(note) } }),
    [proposal.id, reason.value, note],
  );
  const { action, run } = useProposalAction(mutate, (result) => result.declineProposal, onDone);
  const fieldError = useFieldError(action.error);
  const id = `decline-${proposal.id}`;
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.decline" onSubmit={() => reason.check() && void run()} onCancel={onCancel}>
      <ChoiceSelect id={`${id}-reason`} label={t('placements.field.reason')} value={reason.value} onChange={reason.choose} error={reason.error ?? fieldError('reason')}
        options={DECLINE_REASONS.map((value) => ({ value, label: t(`placements.decline.${value}`) }))} />
      <NoteField id={`${id}-note`} label={t('placements.field.note')} value={note} onChange={setNote} error={fieldError('note')} />
    </FormShell>
  );
}

export function WithdrawForm({ proposal, onDone, onCancel }: ProposalFormProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const mutate = useCallback(() => execute(PlacementWithdrawDocument, { input: { proposalId: proposal.id, note: orNull(note) } }), [proposal.id, note]);
  const { action, run } = useProposalAction(mutate, (result) => result.withdrawProposal, onDone);
  const fieldError = useFieldError(action.error);
  const id = `withdraw-${proposal.id}`;
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.withdraw" onSubmit={() => void run()} onCancel={onCancel}>
      <NoteField id={`${id}-note`} label={t('placements.field.note')} value={note} onChange={setNote} error={fieldError('note')} />
    </FormShell>
  );
}

export function InterviewForm({ proposal, onDone, onCancel }: ProposalFormProps) {
  const { t } = useI18n();
  const [day, setDay] = useState(proposal.interviewOn ?? '');
  const mutate = useCallback(() => execute(PlacementScheduleInterviewDocument, { input: { proposalId: proposal.id, interviewOn: orNull(day) } }), [proposal.id, day]);
  const { action, run } = useProposalAction(mutate, (result) => result.scheduleInterview, onDone);
  const fieldError = useFieldError(action.error);
  const id = `interview-${proposal.id}`;
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.interview" onSubmit={() => void run()} onCancel={onCancel}>
      <DateField id={`${id}-day`} label={t('placements.field.interviewOn')} value={day} onChange={setDay} error={fieldError('interviewOn')} />
    </FormShell>
  );
}

/** The operator records the person's agreement to meet: only then does HR see the operator's work contact. */
export function ConsentForm({ proposal, onDone, onCancel }: ProposalFormProps) {
  const { t } = useI18n();
  const [day, setDay] = useState(() => proposal.meetingAgreedOn ?? romeToday());
  const mutate = useCallback(() => execute(PlacementRecordConsentDocument, { input: { proposalId: proposal.id, agreedOn: day } }), [proposal.id, day]);
  const { action, run } = useProposalAction(mutate, (result) => result.recordMeetingConsent, onDone);
  const fieldError = useFieldError(action.error);
  const id = `consent-${proposal.id}`;
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.consent" onSubmit={() => void run()} onCancel={onCancel}>
      <p>{t('placements.field.consentHint')}</p>
      <DateField id={`${id}-day`} label={t('placements.field.agreedOn')} value={day} onChange={setDay} error={fieldError('agreedOn')} required />
    </FormShell>
  );
}

export function StartForm({ proposal, onDone, onCancel }: ProposalFormProps) {
  const { t } = useI18n();
  const [day, setDay] = useState(romeToday);
  const mutate = useCallback(() => execute(PlacementStartPathDocument, { input: { proposalId: proposal.id, startsOn: orNull(day) } }), [proposal.id, day]);
  const { action, run } = useProposalAction(mutate, (result) => result.startPath, onDone);
  const fieldError = useFieldError(action.error);
  const id = `start-${proposal.id}`;
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.start" onSubmit={() => void run()} onCancel={onCancel}>
      <DateField id={`${id}-day`} label={t('placements.field.startsOn')} value={day} onChange={setDay} error={fieldError('startsOn')} />
    </FormShell>
  );
}

export function InterruptForm({ proposal, onDone, onCancel }: ProposalFormProps) {
  const { t } = useI18n();
  const reason = useRequiredChoice<InterruptionReason>();
  const [note, setNote] = useState('');
  const mutate = useCallback(
    () => execute(PlacementInterruptPathDocument, { input: { proposalId: proposal.id, reason: reason.value as InterruptionReason, note: orNull(note) } }),
    [proposal.id, reason.value, note],
  );
  const { action, run } = useProposalAction(mutate, (result) => result.interruptPath, onDone);
  const fieldError = useFieldError(action.error);
  const id = `interrupt-${proposal.id}`;
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.interrupt" onSubmit={() => reason.check() && void run()} onCancel={onCancel}>
      <ChoiceSelect id={`${id}-reason`} label={t('placements.field.reason')} value={reason.value} onChange={reason.choose} error={reason.error ?? fieldError('reason')}
        options={INTERRUPTION_REASONS.map((value) => ({ value, label: t(`placements.interruption.${value}`) }))} />
      <NoteField id={`${id}-note`} label={t('placements.field.note')} value={note} onChange={setNote} error={fieldError('note')} />
    </FormShell>
  );
}

/** The end assessment: the outcome, whether a job followed (then which contract), and feedback. */
export function EndForm({ proposal, onDone, onCancel }: ProposalFormProps) {
  const { t } = useI18n();
  const outcome = useRequiredChoice<PathOutcome>();
  const [jobFollowed, setJobFollowed] = useState(false);
  const [contractType, setContractType] = useState<ContractType | ''>('');
  const [feedback, setFeedback] = useState('');
  const mutate = useCallback(
    () =>
      execute(PlacementEndPathDocument, {
        input: { proposalId: proposal.id, outcome: outcome.value as PathOutcome, jobFollowed, contractType: jobFollowed && contractType !== '' ? contractType : null, feedback: orNull(feedback) },
      }),
    [proposal.id, outcome.value, jobFollowed, contractType, feedback],
  );
  const { action, run } = useProposalAction(mutate, (result) => result.endPath, onDone);
  const fieldError = useFieldError(action.error);
  const id = `end-${proposal.id}`;
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.end" onSubmit={() => outcome.check() && void run()} onCancel={onCancel}>
      <ChoiceSelect id={`${id}-outcome`} label={t('placements.field.outcome')} value={outcome.value} onChange={outcome.choose} error={outcome.error ?? fieldError('outcome')}
        options={OUTCOMES.map((value) => ({ value, label: t(`placements.outcome.${value}`) }))} />
      <div className="form-check mb-4">
        <input id={`${id}-job`} type="checkbox" checked={jobFollowed} onChange={(event) => setJobFollowed(event.target.checked)} />
        <label htmlFor={`${id}-job`}>{t('placements.field.jobFollowed')}</label>
      </div>
      {jobFollowed && (
        <ChoiceSelect id={`${id}-contract`} label={t('placements.field.contractType')} value={contractType} onChange={(value) => setContractType(value as ContractType | '')}
          error={fieldError('contractType')} options={CONTRACT_TYPES.map((value) => ({ value, label: t(`placements.contract.${value}`) }))} />
      )}
      <NoteField id={`${id}-feedback`} label={t('placements.field.feedback')} value={feedback} onChange={setFeedback} error={fieldError('feedback')} maxLength={2000} />
    </FormShell>
  );
}

export function HireForm({ proposal, onDone, onCancel }: ProposalFormProps) {
  const { t } = useI18n();
  const contractType = useRequiredChoice<ContractType>();
  const mutate = useCallback(
    () => execute(PlacementHireDocument, { input: { proposalId: proposal.id, contractType: contractType.value as ContractType } }),
    [proposal.id, contractType.value],
  );
  const { action, run } = useProposalAction(mutate, (result) => result.hireCandidate, onDone);
  const fieldError = useFieldError(action.error);
  const id = `hire-${proposal.id}`;
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.hire" onSubmit={() => contractType.check() && void run()} onCancel={onCancel}>
      <ChoiceSelect id={`${id}-contract`} label={t('placements.field.contractType')} value={contractType.value} onChange={contractType.choose}
        error={contractType.error ?? fieldError('contractType')} options={CONTRACT_TYPES.map((value) => ({ value, label: t(`placements.contract.${value}`) }))} />
    </FormShell>
  );
}

/** A check-in during the path; "at risk" alerts the other side at once. */
export function CheckInForm({ proposal, onCheckIn, onCancel }: { proposal: PlacementProposalFragment; onCheckIn: (checkIn: PlacementCheckInFragment) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<CheckInState>('FINE');
  const [note, setNote] = useState('');
  const mutate = useCallback(() => execute(PlacementCheckInDocument, { input: { proposalId: proposal.id, state, note: orNull(note) } }), [proposal.id, state, note]);
  const action = useAction(mutate);
  const fieldError = useFieldError(action.error);
  const id = `check-in-${proposal.id}`;
  const submit = async () => {
    const result = await action.run();
    if (result !== undefined) onCheckIn(result.recordCheckIn);
  };
  return (
    <FormShell id={id} action={action} submitLabel="placements.submit.checkIn" onSubmit={() => void submit()} onCancel={onCancel}>
      <fieldset className="mb-4">
        <legend className="fs-6 fw-semibold">{t('placements.field.state')}</legend>
        {CHECK_IN_STATES.map((value) => (
          <div key={value} className="form-check form-check-inline">
            <input id={`${id}-${value}`} type="radio" name={`${id}-state`} value={value} checked={state === value} onChange={() => setState(value)} />
            <label htmlFor={`${id}-${value}`}>{t(`placements.checkIn.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <NoteField id={`${id}-note`} label={t('placements.field.checkInNote')} value={note} onChange={setNote} error={fieldError('note')} />
    </FormShell>
  );
}
