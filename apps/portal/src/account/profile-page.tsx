import { Alert } from 'design-react-kit';
import { AccountProfileDocument, type SessionUserFragment } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { useReloadableQuery } from '../ui/use-reloadable-query';
import { NotificationPreferences } from './notification-preferences';
import { SecondFactorSection } from './second-factor-section';

/** Everyone's own page: who they are, the second factor, and how notifications reach them. */
export function ProfilePage({ user }: { user: SessionUserFragment }) {
  const { t } = useI18n();
  const profile = useReloadableQuery(AccountProfileDocument, {});
  const justActivated = new URLSearchParams(window.location.search).has('attivato');
  const me = profile.data?.me;
  return (
    <section aria-labelledby="profile-title" aria-busy={profile.loading}>
      <h1 id="profile-title">{t('account.profile.title')}</h1>
      {justActivated && <Alert color="success">{t('account.profile.activated')}</Alert>}
      <dl className="row mt-4">
        <dt className="col-sm-3">{t('account.profile.name')}</dt>
        <dd className="col-sm-9">{me?.displayName ?? user.displayName}</dd>
        <dt className="col-sm-3">{t('account.profile.email')}</dt>
        <dd className="col-sm-9">{me?.email ?? user.email}</dd>
        <dt className="col-sm-3">{t('account.profile.role')}</dt>
        <dd className="col-sm-9">{t(`account.role.${user.role}`)}</dd>
      </dl>
      <ErrorAlert error={profile.error} />
      {profile.loading && !profile.data && <Loading />}
      {me && <SecondFactorSection enabled={me.secondFactorEnabled} onEnabled={profile.reload} />}
      {profile.data && <NotificationPreferences preferences={profile.data.notificationPreferences} />}
    </section>
  );
}
