import { useEffect, type ReactNode } from 'react';
import type { SessionUserFragment } from './api/generated';
import { AlboPage } from './albo/albo-page';
import { LoginPage } from './auth/login-page';
import { ReservedHome } from './auth/reserved-home';
import { useSession } from './auth/session-context';
import { NotFoundPage } from './not-found-page';
import { MySlotsPage } from './slots/my-slots-page';
import { Loading } from './ui/loading';
import { navigate } from './ui/router';

/** Pages behind sign-in: a signed-out visitor is sent to the sign-in page. */
function Reserved({ render }: { render: (user: SessionUserFragment) => ReactNode }) {
  const { user } = useSession();
  useEffect(() => {
    if (user === null) navigate('/accedi');
  }, [user]);
  return user ? <>{render(user)}</> : <Loading />;
}

export function Routes({ path }: { path: string }) {
  switch (path) {
    case '/':
      return <AlboPage />;
    case '/accedi':
      return <LoginPage />;
    case '/area-riservata':
      return <Reserved render={(user) => <ReservedHome user={user} />} />;
    case '/area-riservata/posti':
      return <Reserved render={(user) => <MySlotsPage user={user} />} />;
    default:
      return <NotFoundPage />;
  }
}
