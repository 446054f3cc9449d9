import { Alert, Input } from 'design-react-kit';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { PROFILE_PATH } from '../account/profile-path';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from '../ui/api-field-message';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { ProgressButton } from '../ui/progress-button';
import { navigate } from '../ui/router';
import { useAction } from '../ui/use-action';
import { homePath } from './home-path';
import { useSession } from './session-context';

/** Sign-in with e-mail and password, and the TOTP code once the API asks for it. */
export function LoginPage() {
  const { t, language } = useI18n();
  const { login, expired } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [askCode, setAskCode] = useState(false);

  const signIn = useCallback(
    () => login({ email: email.trim(), password, ...(askCode ? { totpCode: totpCode.trim() } : {}) }),
    [login, email, password, askCode, totpCode],
  );
  const action = useAction(signIn);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const session = await action.run();
    // A role that must have a second factor and has none yet goes to enrol it first.
    if (session) navigate(session.secondFactorPending ? PROFILE_PATH : homePath(session.user.role));
  };
  // The second factor is asked for, not an error: the form keeps what was typed and adds the code.
  const codeRequested = action.error?.reason === 'SECOND_FACTOR_CODE_REQUIRED';
  useEffect(() => {
    if (codeRequested) setAskCode(true);
  }, [codeRequested]);
  const error = codeRequested ? null : action.error;

  return (
    <section aria-labelledby="login-title" className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="lead">{t('login.intro')}</p>
        {expired && !action.error && (
          <Alert color="warning" role="alert">
            {t('account.sessionExpired')}
          </Alert>
        )}
        <ErrorAlert error={error} />
        <form onSubmit={submit} noValidate className="mt-5">
          <Input id="login-email" type="email" label={t('login.email')} autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required
            {...fieldState(apiFieldMessage(action.error, 'input.email', language))} />
          <Input id="login-password" type="password" label={t('login.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required
            {...fieldState(apiFieldMessage(action.error, 'input.password', language))} />
          {askCode && (
            <Input id="login-totp" type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={6} label={t('login.totp')} infoText={t('login.totpHint')}
              value={totpCode} onChange={(e) => setTotpCode(e.target.value)} autoFocus required />
          )}
          <ProgressButton pending={action.pending} label={t('login.submit')} pendingLabel={t('login.submitting')} className="mt-2" />
        </form>
      </div>
    </section>
  );
}
