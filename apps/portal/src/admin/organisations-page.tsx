import { Button } from 'design-react-kit';
import { useState } from 'react';
import { AdminOrganisationsDocument } from '../api/generated';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { LabelledSelect } from '../ui/labelled-select';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { useCursorPages } from '../ui/use-cursor-pages';
import { useReloadableQuery } from '../ui/use-reloadable-query';
import { OperatorInviteForm } from './operator-invite-form';
import { CHANNELS, OrganisationForm } from './organisation-form';
import { useDistricts } from './use-districts';

const PAGE_SIZE = 10;

/** Servizi Sociali Territoriali and Caritas: the list, a new one, and their operators' invitations. */
export function OrganisationsPage() {
  const { t } = useI18n();
  const districts = useDistricts();
  const pages = useCursorPages();
  const [channel, setChannel] = useState('');
  const [districtCode, setDistrictCode] = useState('');
  const organisations = useReloadableQuery(AdminOrganisationsDocument, {
    first: PAGE_SIZE,
    after: pages.after,
    channel: CHANNELS.find((candidate) => candidate === channel) ?? null,
    districtCode: districtCode || null,
  });
  const [inviting, setInviting] = useState<{ id: string; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const result = organisations.data?.organisations;
  const none = t('common.none');

  return (
    <section aria-labelledby="organisations-title">
      <h1 id="organisations-title">{t('admin.organisations.title')}</h1>
      <p className="lead">{t('admin.organisations.intro')}</p>
      <div aria-live="polite">{message && <p className="alert alert-success">{message}</p>}</div>
      {inviting && (
        <OperatorInviteForm key={inviting.id} organisation={inviting} onCancel={() => setInviting(null)}
          onSent={(sent) => {
            setMessage(sent);
            setInviting(null);
          }} />
      )}
      <div className="row">
        <LabelledSelect id="organisations-channel" className="col-12 col-md-6" label={t('admin.filter.channel')} emptyLabel={t('admin.all')} value={channel}
          options={CHANNELS.map((value) => ({ value, label: t(`admin.channel.${value}`) }))}
          onChange={(value) => {
            setChannel(value);
            pages.reset();
          }} />
        <LabelledSelect id="organisations-district" className="col-12 col-md-6" label={t('admin.filter.district')} emptyLabel={t('admin.all')} value={districtCode}
          options={districts.options}
          onChange={(value) => {
            setDistrictCode(value);
            pages.reset();
          }} />
      </div>
      <div aria-busy={organisations.loading}>
        <ErrorAlert error={organisations.error} />
        {organisations.loading && !result && <Loading />}
        {result && (
          <>
            <p className="fw-semibold" aria-live="polite">
              {result.totalCount === 1 ? t('admin.organisations.countOne') : t('admin.organisations.count', { count: formatNumber(result.totalCount) })}
            </p>
            {result.nodes.length > 0 && (
              <DataTable caption={t('admin.organisations.caption')} hiddenCaption striped
                columns={[t('admin.organisations.name'), t('admin.organisations.channel'), t('admin.organisations.district'), t('admin.organisations.contact'), t('admin.organisations.operators')]}>
                {result.nodes.map((organisation) => (
                  <tr key={organisation.id}>
                    <th scope="row">{organisation.name}</th>
                    <td>{t(`admin.channel.${organisation.channel}`)}</td>
                    <td>{organisation.district?.name ?? none}</td>
                    <td>{[organisation.contactEmail, organisation.contactPhone].filter(Boolean).join(' · ') || none}</td>
                    <td>
                      <Button type="button" size="sm" color="primary" outline aria-label={t('admin.organisations.inviteFor', { name: organisation.name })}
                        onClick={() => {
                          setMessage(null);
                          setInviting({ id: organisation.id, name: organisation.name });
                          window.scrollTo({ top: 0 });
                        }}>
                        {t('admin.organisations.invite')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
            <Pager pages={pages} pageInfo={result.pageInfo} disabled={organisations.loading} />
          </>
        )}
      </div>
      <div className="mt-5">
        <OrganisationForm districts={districts.options}
          onCreated={(name) => {
            setMessage(t('admin.organisations.created', { name }));
            pages.reset();
            organisations.reload();
          }} />
      </div>
    </section>
  );
}
