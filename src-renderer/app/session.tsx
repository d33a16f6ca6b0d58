import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionInfo, User } from '../../src-shared/contract/auth';
import type { ChannelOutput } from '../../src-shared/contract';
import type { Locale } from '../../src-shared/contract/common';
import type { MessageParams } from '../../src-shared/i18n';
import type { AppErrorShape } from '../../src-shared/errors';
import { api, call } from '../api/client';
import { useI18n } from './i18n';

export type Health = ChannelOutput<'system.health'>;

/** A message for the sign-in page: why the person is there (signed out, session expired). */
export interface Notice {
  key: string;
  params?: MessageParams;
  severity: 'info' | 'warning';
}

export type SessionState =
  | { status: 'booting' }
  | { status: 'unreachable'; error: AppErrorShape }
  | { status: 'setup'; health: Health }
  | { status: 'signedOut'; health: Health; notice: Notice | null }
  | { status: 'signedIn'; health: Health; user: User };

export interface Session {
  state: SessionState;
  retry(): void;
  /** After `auth.signIn` or `setup.createFirstAdmin`: keep the token, apply the user's language. */
  signedIn(info: SessionInfo): void;
  signOut(): Promise<void>;
  /** Switches the UI language; for a signed-in user also remembers it (`auth.setLocale`). */
  changeLocale(locale: Locale): Promise<AppErrorShape | null>;
  /** Re-reads `system.health` (the institution's short name changes with its profile). */
  refreshHealth(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLocale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'booting' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      const health = await call('system.health', {});
      if (!live) return;
      if (!health.ok) return setState({ status: 'unreachable', error: health.error });
      if (health.data.setupRequired) {
        api.tokens.set(null);
        return setState({ status: 'setup', health: health.data });
      }
      if (api.tokens.get() === null) return setState({ status: 'signedOut', health: health.data, notice: null });
      const me = await call('auth.me', {});
      if (!live) return;
      if (me.ok) {
        setLocale(me.data.locale);
        return setState({ status: 'signedIn', health: health.data, user: me.data });
      }
      if (me.error.key === 'error.network') return setState({ status: 'unreachable', error: me.error });
      api.tokens.set(null);
      setState({ status: 'signedOut', health: health.data, notice: null });
    })();
    return () => {
      live = false;
    };
  }, [attempt, setLocale]);

  useEffect(
    () =>
      api.onSessionLost((error) =>
        setState((current) =>
          current.status === 'signedIn'
            ? {
                status: 'signedOut',
                health: current.health,
                notice: { key: error.key, params: error.params, severity: 'warning' },
              }
            : current,
        ),
      ),
    [],
  );

  const signedIn = useCallback(
    (info: SessionInfo) => {
      api.tokens.set(info.token);
      setLocale(info.user.locale);
      setState((current) => {
        const health = 'health' in current ? { ...current.health, setupRequired: false } : null;
        return health ? { status: 'signedIn', health, user: info.user } : current;
      });
    },
    [setLocale],
  );

  const signOut = useCallback(async () => {
    await call('auth.signOut', {});
    api.tokens.set(null);
    setState((current) =>
      'health' in current
        ? { status: 'signedOut', health: current.health, notice: { key: 'auth.signedOut', severity: 'info' } }
        : current,
    );
  }, []);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      setLocale(locale);
      if (api.tokens.get() === null) return null;
      const result = await call('auth.setLocale', { locale });
      if (!result.ok) return result.error;
      setState((current) => (current.status === 'signedIn' ? { ...current, user: result.data } : current));
      return null;
    },
    [setLocale],
  );

  const refreshHealth = useCallback(async () => {
    const health = await call('system.health', {});
    if (!health.ok) return;
    setState((current) =>
      'health' in current && current.status !== 'setup' ? { ...current, health: health.data } : current,
    );
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'booting' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, retry, signedIn, signOut, changeLocale, refreshHealth }),
    [state, retry, signedIn, signOut, changeLocale, refreshHealth],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionProvider>');
  return value;
}

/** The signed-in user; only for pages under the signed-in layout. */
export function useUser(): { user: User; health: Health } {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useUser without a signed-in user');
  return { user: state.user, health: state.health };
}
