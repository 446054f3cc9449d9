import { useCallback } from 'react';
import { HrSlotDocument, HrTerritoryDocument, HrUpdateSlotDocument, type HrSlotFragment } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { setFlash } from '../ui/flash';
import { Loading } from '../ui/loading';
import { Link, navigate } from '../ui/router';
import { useQuery } from '../ui/use-query';
import { SlotForm } from './slot-form';
import { changedFields, slotToValues, toUpdateInput, type SlotFormValues } from './slot-form-values';

function EditForm({ slot, territory }: { slot: HrSlotFragment; territory: Parameters<typeof SlotForm>[0]['territory'] }) {
  const save = useCallback(
    async (values: SlotFormValues) => {
      const input = changedFields(toUpdateInput(slotToValues(slot)), toUpdateInput(values));
      return (await execute(HrUpdateSlotDocument, { id: slot.id, input })).updateSlot;
    },
    [slot],
  );
  return (
    <SlotForm
      initial={slotToValues(slot)}
      territory={territory}
      editing
      save={save}
      onSaved={(saved) => {
        const path = `/area-riservata/posti/${saved.id}`;
        setFlash(path, 'hr.slot.updated');
        navigate(path);
      }}
    />
  );
}

/** HR: changes to a slot that is not closed. */
export function SlotEditPage({ slotId }: { slotId: string }) {
  const { t } = useI18n();
  const slot = useQuery(HrSlotDocument, { id: slotId });
  const territory = useQuery(HrTerritoryDocument, {});
  const loading = slot.loading || territory.loading;
  return (
    <section aria-labelledby="slot-edit-title" aria-busy={loading}>
      <Link href={`/area-riservata/posti/${slotId}`}>{t('hr.slot.backToSlot')}</Link>
      <h1 id="slot-edit-title" className="mt-3">{slot.data ? t('hr.slotEdit.titleOf', { title: slot.data.slot.title }) : t('hr.slotEdit.title')}</h1>
      <ErrorAlert error={slot.error ?? territory.error} />
      {loading && <Loading />}
      {slot.data && territory.data && <EditForm slot={slot.data.slot} territory={territory.data.districts} />}
    </section>
  );
}
