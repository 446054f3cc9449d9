import { useCallback, useState } from 'react';
import { HrCloseSlotDocument, HrConfirmSlotDocument, HrPublishSlotDocument, HrSlotDocument, type HrSlotFragment } from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages-it';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link } from '../ui/router';
import { useQuery } from '../ui/use-query';
import { ConfirmAction } from './confirm-action';
import { flashFor } from '../ui/flash';
import { SlotSummary } from './slot-summary';
import { CapForm, PauseForm, pauseLabels } from './slot-intake-form';

function SlotActions({ slot, onChanged }: { slot: HrSlotFragment; onChanged: (slot: HrSlotFragment, message: MessageKey) => void }) {
  const { t } = useI18n();
  const publish = useCallback(async () => (await execute(HrPublishSlotDocument, { id: slot.id })).publishSlot, [slot.id]);
  const confirm = useCallback(async () => (await execute(HrConfirmSlotDocument, { id: slot.id })).confirmSlot, [slot.id]);
  const close = useCallback(async () => (await execute(HrCloseSlotDocument, { id: slot.id })).closeSlot, [slot.id]);
  if (slot.status === 'CLOSED') return <p>{t('hr.slot.closedOn', { date: slot.closedAt ? formatDate(slot.closedAt) : t('common.none') })}</p>;
  return (
    <>
      <div className="d-flex flex-wrap gap-3 mb-4">
        {slot.status === 'DRAFT' && (
          <ConfirmAction label={t('hr.slot.publish')} question={t('hr.slot.publishQuestion')} confirmLabel={t('hr.slot.publishConfirm')} pendingLabel={t('hr.slot.publishing')}
            action={publish} onDone={(saved) => onChanged(saved, 'hr.slot.published')} />
        )}
        {slot.status === 'OPEN' && (
          <ConfirmAction label={t('hr.slot.confirm')} question={t('hr.slot.confirmQuestion')} confirmLabel={t('hr.slot.confirmConfirm')} pendingLabel={t('hr.common.saving')}
            action={confirm} onDone={(saved) => onChanged(saved, 'hr.slot.confirmed')} outline />
        )}
        <ConfirmAction label={t('hr.slot.close')} question={t('hr.slot.closeQuestion')} confirmLabel={t('hr.slot.closeConfirm')} pendingLabel={t('hr.slot.closing')}
          action={close} onDone={(saved) => onChanged(saved, 'hr.slot.closed')} outline color="danger" />
      </div>
      <h2 className="h4 mt-5">{t('hr.intake.title')}</h2>
      <p>{t('hr.intake.intro')}</p>
      <div className="row">
        <PauseForm slot={slot} onChanged={onChanged} />
        <CapForm slot={slot} onChanged={onChanged} />
      </div>
    </>
  );
}

/** HR: one slot, what it says, and what can be done with it. */
export function SlotPage({ slotId }: { slotId: string }) {
  const { t } = useI18n();
  const query = useQuery(HrSlotDocument, { id: slotId });
  const [changed, setChanged] = useState<HrSlotFragment | null>(null);
  const [message, setMessage] = useState<MessageKey | null>(() => flashFor(`/area-riservata/posti/${slotId}`)?.key ?? null);
  const slot = changed ?? query.data?.slot ?? null;
  const onChanged = (next: HrSlotFragment, done: MessageKey) => {
    setChanged(next);
    setMessage(done);
  };
  return (
    <section aria-labelledby="slot-title" aria-busy={query.loading}>
      <Link href="/area-riservata/posti">{t('hr.slot.backToList')}</Link>
      <h1 id="slot-title" className="mt-3">{slot?.title ?? t('hr.slot.title')}</h1>
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message ? t(message) : ''}
      </div>
      <ErrorAlert error={query.error} />
      {query.loading && !slot && <Loading />}
      {slot && (
        <>
          <p>
            <span className="badge bg-primary me-2">{t(`status.${slot.status}`)}</span>
            {slot.status !== 'CLOSED' &&
              pauseLabels(t, slot).map((label) => (
                <span key={label} className="badge bg-secondary me-2">
                  {label}
                </span>
              ))}
          </p>
          <div className="d-flex flex-wrap gap-3 mb-4">
            {slot.status !== 'CLOSED' && (
              <Link href={`/area-riservata/posti/${slot.id}/modifica`} className="btn btn-outline-primary">
                {t('hr.slot.edit')}
              </Link>
            )}
            <Link href={`/area-riservata/posti/${slot.id}/candidati`} className="btn btn-outline-primary">
              {t('hr.slot.candidates')}
            </Link>
          </div>
          {slot.status === 'DRAFT' && slot.unpublishedAt && <p className="alert alert-warning">{t('hr.slot.unpublished', { date: formatDate(slot.unpublishedAt) })}</p>}
          <SlotSummary slot={slot} />
          <h2 className="h4 mt-5">{t('hr.slot.actions')}</h2>
          <SlotActions key={`${slot.status}-${slot.pausedUntil}-${slot.pausedForStandingAt}-${slot.monthlyProposalCap}`} slot={slot} onChanged={onChanged} />
        </>
      )}
    </section>
  );
}
