import { useCallback } from 'react';
import { HrCreateSlotDocument, HrTerritoryDocument } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { setFlash } from '../ui/flash';
import { Loading } from '../ui/loading';
import { Link, navigate } from '../ui/router';
import { useQuery } from '../ui/use-query';
import { SlotForm } from './slot-form';
import { EMPTY_SLOT, toCreateInput, type SlotFormValues } from './slot-form-values';

/** HR: a new slot, saved as a draft; publishing is a separate, deliberate step. */
export function SlotNewPage() {
  const { t } = useI18n();
  const territory = useQuery(HrTerritoryDocument, {});
  const save = useCallback(async (values: SlotFormValues) => (await execute(HrCreateSlotDocument, { input: toCreateInput(values) })).createSlot, []);
  return (
    <section aria-labelledby="slot-new-title" aria-busy={territory.loading}>
      <Link href="/area-riservata/posti">{t('hr.slot.backToList')}</Link>
      <h1 id="slot-new-title" className="mt-3">{t('hr.slotNew.title')}</h1>
      <p className="lead">{t('hr.slotNew.intro')}</p>
      <ErrorAlert error={territory.error} />
      {territory.loading && <Loading />}
      {territory.data && (
        <SlotForm
          initial={EMPTY_SLOT}
          territory={territory.data.districts}
          editing={false}
          save={save}
          onSaved={(slot) => {
            const path = `/area-riservata/posti/${slot.id}`;
            setFlash(path, 'hr.slot.created');
            navigate(path);
          }}
        />
      )}
    </section>
  );
}
