import { useState } from 'react';
import { AccountSetNotificationPreferenceDocument, type AccountProfileQuery, type NotificationDelivery, type NotificationKind } from '../api/generated';
import { ApiError, networkError } from '../api/api-error';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { DataTable } from '../ui/data-table';

type Preference = AccountProfileQuery['notificationPreferences'][number];

const DELIVERIES: NotificationDelivery[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];

type RowState = 'saving' | 'saved' | 'failed';

/** One choice per kind of notification, saved as soon as it changes. */
export function NotificationPreferences({ preferences }: { preferences: Preference[] }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Partial<Record<NotificationKind, NotificationDelivery>>>({});
  const [rows, setRows] = useState<Partial<Record<NotificationKind, RowState>>>({});
  const [error, setError] = useState<ApiError | null>(null);

  const change = async (kind: NotificationKind, delivery: NotificationDelivery) => {
    // The choice stays on screen whatever the API answers: nothing the user picked is lost.
    setChosen((previous) => ({ ...previous, [kind]: delivery }));
    setRows((previous) => ({ ...previous, [kind]: 'saving' }));
    setError(null);
    try {
      await execute(AccountSetNotificationPreferenceDocument, { kind, delivery });
      setRows((previous) => ({ ...previous, [kind]: 'saved' }));
    } catch (caught: unknown) {
      setError(caught instanceof ApiError ? caught : networkError());
      setRows((previous) => ({ ...previous, [kind]: 'failed' }));
    }
  };

  return (
    <section aria-labelledby="notifications-title" className="mt-5">
      <h2 id="notifications-title" className="h3">{t('account.notifications.title')}</h2>
      <p>{t('account.notifications.intro')}</p>
      <ErrorAlert error={error} />
      <DataTable caption={t('account.notifications.caption')} hiddenCaption
        columns={[t('account.notifications.kind'), t('account.notifications.delivery'), t('account.notifications.state')]}>
        {preferences.map((preference) => {
          const kind = t(`account.kind.${preference.kind}`);
          const state = rows[preference.kind];
          const id = `delivery-${preference.kind}`;
          return (
            <tr key={preference.kind}>
              <th scope="row" id={`${id}-kind`}>{kind}</th>
              <td>
                <label htmlFor={id} className="visually-hidden">{t('account.notifications.deliveryFor', { kind })}</label>
                <select id={id} className="form-select" value={chosen[preference.kind] ?? preference.delivery}
                  onChange={(event) => change(preference.kind, event.target.value as NotificationDelivery)}>
                  {DELIVERIES.map((delivery) => (
                    <option key={delivery} value={delivery}>{t(`account.delivery.${delivery}`)}</option>
                  ))}
                </select>
              </td>
              <td aria-live="polite">
                {state === 'saving' && t('account.notifications.saving')}
                {state === 'saved' && t('account.notifications.saved')}
                {state === undefined && preference.isDefault && <span className="text-secondary">{t('account.notifications.default')}</span>}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
