import { Button, Input } from 'design-react-kit';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from '../ui/api-field-message';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { ProgressButton } from '../ui/progress-button';
import { useInviteUser } from './use-invite-user';

/** Invites an operator into one organisation; the district follows the organisation. */
export function OperatorInviteForm({ organisation, onSent, onCancel }: { organisation: { id: string; name: string }; onSent: (message: string) => void; onCancel: () => void }) {
  const { t, language } = useI18n();
  const [email, setEmail] = useState('');
  const invite = useInviteUser(() => ({ email: email.trim(), role: 'OPERATOR', organisationId: organisation.id }), () => setEmail(''), onSent);
  return (
    <form onSubmit={invite.submit} noValidate className="p-4 bg-light mb-4" aria-labelledby="operator-invite-title">
      <h2 id="operator-invite-title" className="h4">{t('admin.organisations.inviteTitle', { name: organisation.name })}</h2>
      <ErrorAlert error={invite.error} />
      <Input id="operator-email" type="email" label={t('admin.invite.email')} autoComplete="off" value={email} maxLength={254} required autoFocus
        onChange={(event) => setEmail(event.target.value)} {...fieldState(apiFieldMessage(invite.error, 'input.email', language))} />
      <div className="d-flex gap-3">
        <ProgressButton pending={invite.pending} label={t('admin.invite.send')} pendingLabel={t('admin.invite.sending')} />
        <Button type="button" color="primary" outline onClick={onCancel}>{t('admin.cancel')}</Button>
      </div>
    </form>
  );
}
