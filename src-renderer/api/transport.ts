import { EVENT_NAMES, type EventName } from '../../src-shared/contract/jobs';
import type { AppErrorShape, Envelope } from '../../src-shared/errors';

/** How calls and events reach the backend: Electron IPC (preload) or the local HTTP bridge. */
export interface Transport {
  invoke(channel: string, payload: unknown, token: string | null): Promise<Envelope<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

export type EventListener = (payload: unknown) => void;

export const NETWORK_ERROR: AppErrorShape = {
  code: 'INTERNAL',
  key: 'error.network',
  message: 'The application server cannot be reached',
};

const BAD_RESPONSE: AppErrorShape = {
  code: 'INTERNAL',
  key: 'error.internal',
  message: 'The server sent a response that is not an envelope',
};

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * The HTTP bridge: `POST /rpc/<channel>` answers with the envelope (also for errors), and
 * server-sent events at `/events`. EventSource cannot send headers, so the token goes in the query;
 * one stream is kept open while anybody listens, and reopened when the token changes.
 */
export function createHttpTransport(tokens: {
  get(): string | null;
  subscribe(listener: () => void): () => void;
}): Transport {
  const listeners = new Map<EventName, Set<EventListener>>();
  let source: EventSource | null = null;
  let sourceToken: string | null = null;

  function emit(name: EventName, event: MessageEvent<string>): void {
    let payload: unknown;
    try {
      payload = JSON.parse(event.data) as unknown;
    } catch {
      return;
    }
    for (const listener of listeners.get(name) ?? []) listener(payload);
  }

  function sync(): void {
    const token = tokens.get();
    const wanted = token !== null && [...listeners.values()].some((set) => set.size > 0);
    if (source && (!wanted || sourceToken !== token)) {
      source.close();
      source = null;
    }
    if (wanted && !source && typeof EventSource !== 'undefined') {
      source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
      sourceToken = token;
      for (const name of EVENT_NAMES) {
        source.addEventListener(name, (event) => emit(name, event as MessageEvent<string>));
      }
    }
  }
  tokens.subscribe(sync);

  return {
    async invoke(channel, payload, token) {
      let response: Response;
      try {
        response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(payload ?? {}),
        });
      } catch {
        return { ok: false, error: NETWORK_ERROR };
      }
      try {
        const body = (await response.json()) as unknown;
        return isEnvelope(body) ? body : { ok: false, error: BAD_RESPONSE };
      } catch {
        return { ok: false, error: response.status >= 502 ? NETWORK_ERROR : BAD_RESPONSE };
      }
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      sync();
      return () => {
        set.delete(listener);
        sync();
      };
    },
  };
}
