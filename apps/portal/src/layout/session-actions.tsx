import { Button } from 'design-react-kit';
import { useState } from 'react';
import { PROFILE_PATH } from '../account/profile-path';
import { useSession } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { Link, navigate } from '../ui/router';

/** Sign in, or who is signed in and sign out. */
export function SessionActions() {
  const { t } = useI18n();
  const { user, logout } = useSession();
  const [leaving, setLeaving] = useState(false);
  if (user === undefined) return null;
  if (user === null) {
    return (
      <Link href="/accedi" className="btn btn-sm btn-outline-light">
        {t('auth.login')}
      </Link>
    );
  }
  const signOut = async () => {
    setLeaving(true);
    await logout();
    setLeaving(false);
    navigate('/');
  };
  return (
    <div className="d-flex align-items-center gap-3">
      <span className="text-white small d-none d-md-inline">{t('auth.signedInAs', { name: user.displayName })}</span>
      <Link href={PROFILE_PATH} className="btn btn-sm btn-outline-light">
        {t('account.nav.profile')}
      </Link>
      <Button size="sm" color="light" outline onClick={signOut} disabled={leaving}>
        {leaving ? t('auth.loggingOut') : t('auth.logout')}
      </Button>
    </div>
  );
}
