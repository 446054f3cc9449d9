import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LoginDocument, LogoutDocument, MeDocument, type LoginInput, type SessionUserFragment } from '../api/generated';
import { execute, onSessionEnded } from '../api/graphql-client';
import { clearTokens, readTokens, saveTokens } from '../api/tokens';

interface Session {
  /** Null when signed out; undefined while a stored session is being checked. */
  user: SessionUserFragment | null | undefined;
  login: (input: LoginInput) => Promise<SessionUserFragment>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUserFragment | null | undefined>(() => (readTokens() ? undefined : null));

  useEffect(() => onSessionEnded(() => setUser(null)), []);
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

  const login = useCallback(async (input: LoginInput) => {
    const { login: payload } = await execute(LoginDocument, { input });
    saveTokens(payload);
    setUser(payload.user);
    return payload.user;
  }, []);

  const logout = useCallback(async () => {
    // Signing out must end the session here even when the API cannot be reached.
    await execute(LogoutDocument, {}).catch(() => undefined);
    clearTokens();
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, login, logout }), [user, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
