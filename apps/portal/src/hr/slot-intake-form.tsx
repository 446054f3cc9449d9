import { useCallback, useState, type FormEvent } from 'react';
import { HrSetSlotIntakeDocument, type HrSlotFragment, type SlotIntakeInput } from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n, type Translate } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages-it';
import { ErrorAlert } from '../ui/error-alert';
import { ProgressButton } from '../ui/progress-button';
import { useAction } from '../ui/use-action';
import { useFieldErrors } from '../ui/use-field-errors';
import { TextField } from './hr-fields';

interface IntakeProps {
  slot: HrSlotFragment;
  onChanged: (slot: HrSlotFragment, message: MessageKey) => void;
}

function useIntake(slotId: string, input: SlotIntakeInput) {
  return useAction(useCallback(async () => (await execute(HrSetSlotIntakeDocument, { id: slotId, input })).setSlotIntake, [slotId, input]));
}

/** Why the slot takes no new proposals: HR's own pause until a day, the company's standing, or both. */
export function pauseLabels(t: Translate, slot: Pick<HrSlotFragment, 'pausedUntil' | 'pausedForStandingAt'>): string[] {
  const labels: string[] = [];
  if (slot.pausedUntil) labels.push(t('hr.intake.pausedUntil', { date: formatDate(slot.pausedUntil) }));
  if (slot.pausedForStandingAt) labels.push(t('hr.intake.pausedByStanding'));
  return labels;
}

/** Pause new proposals until a day, or take them again: small hosts get flooded otherwise. */
export function PauseForm({ slot, onChanged }: IntakeProps) {
  const { t } = useI18n();
  const [until, setUntil] = useState(slot.pausedUntil ?? '');
  const pause = useIntake(slot.id, { pausedUntil: until });
  const resume = useIntake(slot.id, { pausedUntil: null });
  const error = pause.error ?? resume.error;
  const fieldError = useFieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await pause.run();
    if (saved) onChanged(saved, 'hr.intake.paused');
  };
  const takeAgain = async () => {
    const saved = await resume.run();
    if (saved) {
      setUntil('');
      onChanged(saved, 'hr.intake.resumed');
    }
  };
  return (
    <form onSubmit={submit} noValidate className="col-12 col-lg-6 mb-4" aria-labelledby="slot-pause-title">
      <h3 id="slot-pause-title" className="h5">{t('hr.intake.pauseTitle')}</h3>
      <p>{pauseLabels(t, slot).join(' ') || t('hr.intake.notPaused')}</p>
      <ErrorAlert error={error} />
      <TextField id="slot-paused-until" type="date" label={t('hr.intake.until')} value={until} onChange={(event) => setUntil(event.target.value)} error={fieldError('input.pausedUntil')} />
      <div className="d-flex flex-wrap gap-3">
        <ProgressButton pending={pause.pending} label={t('hr.intake.pause')} pendingLabel={t('hr.common.saving')} />
        {slot.pausedUntil && <ProgressButton type="button" outline pending={resume.pending} label={t('hr.intake.resume')} pendingLabel={t('hr.common.saving')} onClick={takeAgain} />}
      </div>
    </form>
  );
}

/** At most so many new proposals a calendar month. */
export function CapForm({ slot, onChanged }: IntakeProps) {
  const { t } = useI18n();
  const [cap, setCap] = useState(slot.monthlyProposalCap === null ? '' : String(slot.monthlyProposalCap));
  const [notNumber, setNotNumber] = useState(false);
  const setIt = useIntake(slot.id, { monthlyProposalCap: Number(cap) });
  const remove = useIntake(slot.id, { monthlyProposalCap: null });
  const error = setIt.error ?? remove.error;
  const fieldError = useFieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = !/^\d+$/.test(cap.trim());
    setNotNumber(wrong);
    if (wrong) return;
    const saved = await setIt.run();
    if (saved) onChanged(saved, 'hr.intake.capSet');
  };
  const removeCap = async () => {
    const saved = await remove.run();
    if (saved) {
      setCap('');
      onChanged(saved, 'hr.intake.capRemoved');
    }
  };
  return (
    <form onSubmit={submit} noValidate className="col-12 col-lg-6 mb-4" aria-labelledby="slot-cap-title">
      <h3 id="slot-cap-title" className="h5">{t('hr.intake.capTitle')}</h3>
      <p>{slot.monthlyProposalCap === null ? t('hr.intake.noCap') : t('hr.intake.capIs', { cap: formatNumber(slot.monthlyProposalCap) })}</p>
      <ErrorAlert error={error} />
      <TextField id="slot-cap" type="number" inputMode="numeric" min={1} max={500} label={t('hr.intake.cap')} value={cap} onChange={(event) => setCap(event.target.value)}
        error={notNumber ? t('hr.form.wholeNumber') : fieldError('input.monthlyProposalCap')} />
      <div className="d-flex flex-wrap gap-3">
        <ProgressButton pending={setIt.pending} label={t('hr.intake.setCap')} pendingLabel={t('hr.common.saving')} />
        {slot.monthlyProposalCap !== null && (
          <ProgressButton type="button" outline pending={remove.pending} label={t('hr.intake.removeCap')} pendingLabel={t('hr.common.saving')} onClick={removeCap} />
        )}
      </div>
    </form>
  );
}
