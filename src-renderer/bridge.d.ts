import type { EventName } from '../src-shared/contract/jobs';
import type { Envelope } from '../src-shared/errors';

/** What the Electron preload exposes (contextBridge); absent when the app runs in a browser. */
export interface RendererBridge {
  invoke(channel: string, payload: unknown, token: string | null): Promise<Envelope<unknown>>;
  /** Subscribes to an allow-listed backend event; returns the unsubscribe function. */
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    bridge?: RendererBridge;
  }
}
