import { Alert, Input } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { AccountAcceptInvitationDocument } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useSession } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from '../ui/api-field-message';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { ProgressButton } from '../ui/progress-button';
import { navigate } from '../ui/router';
import { useAction } from '../ui/use-action';
import { PROFILE_PATH } from './profile-path';

/** Invitation acceptance: the person chooses a name and a password, and is signed in. */
export function InvitationPage({ token }: { token: string }) {
  const { t, language } = useI18n();
  const { adopt } = useSession();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const accept = useCallback(
    () => execute(AccountAcceptInvitationDocument, { input: { token, displayName: displayName.trim(), password } }),
    [token, displayName, password],
  );
  const action = useAction(accept);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The one check the API cannot make: it never sees the repeated password.
    setMismatch(password !== repeat);
    if (password !== repeat) return;
    const answer = await action.run();
    if (!answer) return;
    adopt(answer.acceptInvitation);
    navigate(`${PROFILE_PATH}?attivato=1`);
  };

  return (
    <section aria-labelledby="invitation-title" className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <h1 id="invitation-title">{t('account.invitation.title')}</h1>
        <p className="lead">{t('account.invitation.intro')}</p>
        {token === '' ? (
          <Alert color="danger">{t('account.invitation.noToken')}</Alert>
        ) : (
          <>
            <ErrorAlert error={action.error} />
            <form onSubmit={submit} noValidate className="mt-5">
              <Input id="invitation-name" label={t('account.invitation.name')} autoComplete="name" value={displayName} maxLength={120} required
                onChange={(event) => setDisplayName(event.target.value)} {...fieldState(apiFieldMessage(action.error, 'input.displayName', language))} />
              <Input id="invitation-password" type="password" label={t('account.invitation.password')} autoComplete="new-password" value={password} required
                infoText={t('account.invitation.passwordHint')} onChange={(event) => setPassword(event.target.value)}
                {...fieldState(apiFieldMessage(action.error, 'input.password', language))} />
              <Input id="invitation-repeat" type="password" label={t('account.invitation.repeat')} autoComplete="new-password" value={repeat} required
                onChange={(event) => setRepeat(event.target.value)} {...fieldState(mismatch ? t('account.invitation.mismatch') : undefined)} />
              <ProgressButton pending={action.pending} label={t('account.invitation.submit')} pendingLabel={t('account.invitation.submitting')} className="mt-2" />
            </form>
          </>
        )}
      </div>
    </section>
  );
}
