import { useState } from 'react';
import type { InvitationStatus, Role } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { LabelledSelect } from '../ui/labelled-select';
import { InvitationForm, ROLES } from './invitation-form';
import { InvitationsList } from './invitations-list';
import { useDistricts } from './use-districts';

const STATUSES: InvitationStatus[] = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'];

/** Every invitation: send one with a role and scope, follow them, revoke or resend. */
export function InvitationsPage() {
  const { t } = useI18n();
  const districts = useDistricts();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [status, setStatus] = useState<InvitationStatus | undefined>(undefined);
  return (
    <section aria-labelledby="invitations-title">
      <h1 id="invitations-title">{t('admin.invitations.title')}</h1>
      <p className="lead">{t('admin.invitations.intro')}</p>
      <div aria-live="polite">{message && <p className="alert alert-success">{message}</p>}</div>
      <InvitationForm districts={districts.options}
        onSent={(sent) => {
          setMessage(sent);
          setVersion((value) => value + 1);
        }} />
      <h2 className="h3 mt-5">{t('admin.invitations.listTitle')}</h2>
      <div className="row">
        <LabelledSelect id="invitations-status" className="col-12 col-md-6" label={t('admin.filter.status')} emptyLabel={t('admin.all')} value={status ?? ''}
          options={STATUSES.map((value) => ({ value, label: t(`admin.invitations.status.${value}`) }))}
          onChange={(value) => setStatus(STATUSES.find((candidate) => candidate === value))} />
        <LabelledSelect id="invitations-role" className="col-12 col-md-6" label={t('admin.filter.role')} emptyLabel={t('admin.all')} value={role ?? ''}
          options={ROLES.map((value) => ({ value, label: t(`account.role.${value}`) }))}
          onChange={(value) => setRole(ROLES.find((candidate) => candidate === value))} />
      </div>
      <InvitationsList key={`${role ?? ''}:${status ?? ''}`} caption={t('admin.invitations.caption')} role={role} status={status} version={version} districtName={districts.nameOf} />
    </section>
  );
}
