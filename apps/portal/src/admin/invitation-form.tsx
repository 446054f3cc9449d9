import { Input } from 'design-react-kit';
import { useState } from 'react';
import { AdminOrganisationsDocument, type InviteUserInput, type Role } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from '../ui/api-field-message';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { LabelledSelect, type SelectOption } from '../ui/labelled-select';
import { ProgressButton } from '../ui/progress-button';
import { useQuery } from '../ui/use-query';
import { CompanyPicker } from './company-picker';
import { useInviteUser } from './use-invite-user';

export const ROLES: Role[] = ['COMPANY_HR', 'OPERATOR', 'BOARD_MEMBER', 'DISTRICT_COORDINATOR', 'ADMIN'];

// Enough for a select: the metropolitan area has a few dozen services, not hundreds.
const ORGANISATION_CHOICES = 100;

/** The scope field each role needs, and only that one (the API refuses any other). */
function inputFor(email: string, role: Role, scope: { companyId: string; organisationId: string; districtCode: string }): InviteUserInput {
  const base = { email: email.trim(), role };
  switch (role) {
    case 'COMPANY_HR':
    case 'BOARD_MEMBER':
      return { ...base, companyId: scope.companyId };
    case 'OPERATOR':
      return { ...base, organisationId: scope.organisationId };
    case 'DISTRICT_COORDINATOR':
      return { ...base, districtCode: scope.districtCode };
    case 'ADMIN':
      return base;
  }
}

/** Sends an invitation with a role and its scope; the typed values stay when the API refuses. */
export function InvitationForm({ districts, onSent }: { districts: SelectOption[]; onSent: (message: string) => void }) {
  const { t, language } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('COMPANY_HR');
  const [companyId, setCompanyId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [districtCode, setDistrictCode] = useState('');
  const organisations = useQuery(AdminOrganisationsDocument, role === 'OPERATOR' ? { first: ORGANISATION_CHOICES } : null);
  const invite = useInviteUser(() => inputFor(email, role, { companyId, organisationId, districtCode }), () => setEmail(''), onSent);
  const field = (name: string) => apiFieldMessage(invite.error, `input.${name}`, language);
  return (
    <form onSubmit={invite.submit} noValidate aria-labelledby="invitation-new-title">
      <h2 id="invitation-new-title" className="h4">{t('admin.invitations.newTitle')}</h2>
      <ErrorAlert error={invite.error} />
      <div className="row">
        <div className="col-12 col-md-6">
          <Input id="invite-email" type="email" label={t('admin.invite.email')} autoComplete="off" value={email} maxLength={254} required
            onChange={(event) => setEmail(event.target.value)} {...fieldState(field('email'))} />
        </div>
        <LabelledSelect id="invite-role" className="col-12 col-md-6" label={t('admin.invitations.role')} value={role} required
          options={ROLES.map((value) => ({ value, label: t(`account.role.${value}`) }))}
          onChange={(value) => setRole(ROLES.find((candidate) => candidate === value) ?? 'COMPANY_HR')} invalid={field('role')} />
      </div>
      {(role === 'COMPANY_HR' || role === 'BOARD_MEMBER') && (
        <CompanyPicker id="invite-company" label={t('admin.invitations.company')} value={companyId} onChange={setCompanyId} invalid={field('companyId')} />
      )}
      {role === 'OPERATOR' && (
        <>
          <ErrorAlert error={organisations.error} />
          <LabelledSelect id="invite-organisation" label={t('admin.invitations.organisation')} emptyLabel={t('admin.choose')} value={organisationId} required
            options={(organisations.data?.organisations.nodes ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            onChange={setOrganisationId} invalid={field('organisationId')} />
        </>
      )}
      {role === 'DISTRICT_COORDINATOR' && (
        <LabelledSelect id="invite-district" label={t('admin.invitations.district')} emptyLabel={t('admin.choose')} value={districtCode} required
          options={districts} onChange={setDistrictCode} invalid={field('districtCode')} />
      )}
      <ProgressButton pending={invite.pending} label={t('admin.invite.send')} pendingLabel={t('admin.invite.sending')} />
    </form>
  );
}
