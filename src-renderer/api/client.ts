import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-shared/contract';
import type { EventName } from '../../src-shared/contract/jobs';
import type { AppErrorShape, Envelope } from '../../src-shared/errors';
import { createHttpTransport, NETWORK_ERROR, type EventListener, type Transport } from './transport';

const TOKEN_KEY = 'registrator.session';

/**
 * The session token lives in sessionStorage: a reload keeps the person signed in, closing the
 * window signs them out (a shared counter PC must not stay signed in overnight).
 */
export function createTokenStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null) {
  let token = storage?.getItem(TOKEN_KEY) ?? null;
  const listeners = new Set<() => void>();
  return {
    get: () => token,
    set(next: string | null) {
      if (next === token) return;
      token = next;
      if (next === null) storage?.removeItem(TOKEN_KEY);
      else storage?.setItem(TOKEN_KEY, next);
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
export type TokenStore = ReturnType<typeof createTokenStore>;

export interface ApiClient {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  on(event: EventName, listener: EventListener): () => void;
  tokens: TokenStore;
  /** Called once when the backend says the current session is gone (expired, revoked, restarted). */
  onSessionLost(listener: (error: AppErrorShape) => void): () => void;
}

export function createApiClient(transport: Transport, tokens: TokenStore): ApiClient {
  const lostListeners = new Set<(error: AppErrorShape) => void>();

  function sessionLost(token: string, error: AppErrorShape): void {
    // A late answer to a request of an earlier session must not sign out the current one.
    if (tokens.get() !== token) return;
    tokens.set(null);
    for (const listener of lostListeners) listener(error);
  }

  transport.on('session.expired', () => {
    const token = tokens.get();
    if (token) sessionLost(token, { code: 'SESSION_EXPIRED', key: 'error.sessionExpired', message: 'expired' });
  });

  return {
    async call(channel, input) {
      const token = tokens.get();
      let envelope: Envelope<unknown>;
      try {
        envelope = await transport.invoke(channel, input, token);
      } catch {
        envelope = { ok: false, error: NETWORK_ERROR };
      }
      if (
        !envelope.ok &&
        token !== null &&
        (envelope.error.code === 'SESSION_EXPIRED' || envelope.error.code === 'UNAUTHENTICATED')
      ) {
        sessionLost(token, envelope.error);
      }
      return envelope as Envelope<ChannelOutput<typeof channel>>;
    },
    on: (event, listener) => transport.on(event, listener),
    tokens,
    onSessionLost(listener) {
      lostListeners.add(listener);
      return () => void lostListeners.delete(listener);
    },
  };
}

const tokens = createTokenStore(typeof sessionStorage === 'undefined' ? null : sessionStorage);

/** The app's client: the Electron preload when present, otherwise the HTTP bridge on this origin. */
export const api: ApiClient = createApiClient(globalThis.window?.bridge ?? createHttpTransport(tokens), tokens);

export const call: ApiClient['call'] = (channel, input) => api.call(channel, input);
