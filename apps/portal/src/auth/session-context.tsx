import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LoginDocument, LogoutDocument, MeDocument, type LoginInput, type SessionFragment, type SessionUserFragment } from '../api/generated';
import { execute, onSessionEnded } from '../api/graphql-client';
import { clearTokens, readTokens, saveTokens } from '../api/tokens';

interface Session {
  /** Null when signed out; undefined while a stored session is being checked. */
  user: SessionUserFragment | null | undefined;
  /** The API refused to renew the session: the sign-in page says so. */
  expired: boolean;
  /** The role must enrol a second factor before anything else (production policy). */
  secondFactorPending: boolean;
  login: (input: LoginInput) => Promise<SessionFragment>;
  /** Takes over a session the API issued another way (invitation accepted, second factor confirmed). */
  adopt: (session: SessionFragment) => void;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUserFragment | null | undefined>(() => (readTokens() ? undefined : null));
  const [expired, setExpired] = useState(false);
  const [secondFactorPending, setSecondFactorPending] = useState(false);

  useEffect(
    () =>
      onSessionEnded(() => {
        setUser(null);
        setExpired(true);
      }),
    [],
  );
  useEffect(() => {
    if (!readTokens()) return;
    execute(MeDocument, {}).then(
      ({ me }) => setUser(me),
      () => {
        clearTokens();
        setUser(null);
      },
    );
  }, []);

  const adopt = useCallback((session: SessionFragment) => {
    saveTokens(session);
    setUser(session.user);
    setExpired(false);
    setSecondFactorPending(session.secondFactorPending);
  }, []);

  const login = useCallback(
    async (input: LoginInput) => {
      const { login: session } = await execute(LoginDocument, { input });
      adopt(session);
      return session;
    },
    [adopt],
  );

  const logout = useCallback(async () => {
    // Signing out must end the session here even when the API cannot be reached.
    await execute(LogoutDocument, {}).catch(() => undefined);
    clearTokens();
    setUser(null);
    setExpired(false);
    setSecondFactorPending(false);
  }, []);

  const value = useMemo(() => ({ user, expired, secondFactorPending, login, adopt, logout }), [user, expired, secondFactorPending, login, adopt, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
