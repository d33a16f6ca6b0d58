// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../src-shared/errors';
import { createApiClient, createTokenStore } from './client';
import { createHttpTransport, type Transport } from './transport';

function fakeTransport(
  answer: (channel: string, token: string | null) => Envelope<unknown> | Promise<Envelope<unknown>>,
) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const transport: Transport = {
    invoke: vi.fn(async (channel: string, _payload: unknown, token: string | null) => answer(channel, token)),
    on: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { transport, emit: (event: string, payload: unknown) => listeners.get(event)?.(payload) };
}

const expired: Envelope<never> = {
  ok: false,
  error: { code: 'SESSION_EXPIRED', key: 'error.sessionExpired', message: 'expired' },
};

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('api client', () => {
  it('turns a transport that throws into an error.network envelope', async () => {
    const { transport } = fakeTransport(() => Promise.reject(new Error('offline')));
    const api = createApiClient(transport, createTokenStore(null));
    const result = await api.call('system.health', {});
    expect(result).toMatchObject({ ok: false, error: { key: 'error.network' } });
  });

  it('passes the token and, when the session has expired, forgets it and says so once', async () => {
    const tokens = createTokenStore(sessionStorage);
    tokens.set('t1');
    const { transport } = fakeTransport(() => expired);
    const api = createApiClient(transport, tokens);
    const lost = vi.fn();
    api.onSessionLost(lost);
    await api.call('auth.me', {});
    expect(transport.invoke).toHaveBeenCalledWith('auth.me', {}, 't1');
    expect(tokens.get()).toBeNull();
    expect(sessionStorage.getItem('registrator.session')).toBeNull();
    expect(lost).toHaveBeenCalledTimes(1);
    expect(lost.mock.calls[0]?.[0]).toMatchObject({ key: 'error.sessionExpired' });
  });

  it('does not sign out a newer session on a late answer for an older token', async () => {
    const tokens = createTokenStore(null);
    tokens.set('old');
    let release: (e: Envelope<unknown>) => void = () => {};
    const { transport } = fakeTransport(() => new Promise<Envelope<unknown>>((r) => (release = r)));
    const api = createApiClient(transport, tokens);
    const lost = vi.fn();
    api.onSessionLost(lost);
    const pending = api.call('auth.me', {});
    tokens.set('new');
    release(expired);
    await pending;
    expect(tokens.get()).toBe('new');
    expect(lost).not.toHaveBeenCalled();
  });

  it('ignores UNAUTHENTICATED for calls made without a session (a wrong password is not a sign-out)', async () => {
    const tokens = createTokenStore(null);
    const { transport } = fakeTransport(() => ({
      ok: false,
      error: { code: 'UNAUTHENTICATED', key: 'error.unauthenticated', message: '' },
    }));
    const api = createApiClient(transport, tokens);
    const lost = vi.fn();
    api.onSessionLost(lost);
    await api.call('auth.me', {});
    expect(lost).not.toHaveBeenCalled();
  });

  it('signs out on the session.expired event', () => {
    const tokens = createTokenStore(null);
    tokens.set('t');
    const { transport, emit } = fakeTransport(() => ({ ok: true, data: null }));
    const api = createApiClient(transport, tokens);
    const lost = vi.fn();
    api.onSessionLost(lost);
    emit('session.expired', {});
    expect(tokens.get()).toBeNull();
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('keeps the token in sessionStorage, so a reload stays signed in', () => {
    createTokenStore(sessionStorage).set('abc');
    expect(createTokenStore(sessionStorage).get()).toBe('abc');
  });
});

describe('HTTP transport', () => {
  const tokens = { get: () => null, subscribe: () => () => {} };

  it('POSTs JSON to /rpc/<channel> with a bearer token and returns the envelope', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: { x: 1 } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await createHttpTransport(tokens).invoke('auth.me', {}, 'tok');
    expect(result).toEqual({ ok: true, data: { x: 1 } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/rpc/auth.me');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('maps a failed fetch to error.network and a non-envelope answer to error.internal', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await createHttpTransport(tokens).invoke('x', {}, null)).toMatchObject({ error: { key: 'error.network' } });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>', { status: 500 })),
    );
    expect(await createHttpTransport(tokens).invoke('x', {}, null)).toMatchObject({
      error: { key: 'error.internal' },
    });
  });
});
