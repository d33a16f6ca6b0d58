import { contextBridge, ipcRenderer } from 'electron';

/**
 * Inlined, not imported: a sandboxed preload can require only `electron`, and bundling the contract would drag
 * zod into every page. preload.test.ts keeps this list equal to EVENT_NAMES.
 */
export const ALLOWED_EVENTS: readonly string[] = ['jobs.progress', 'session.expired'];

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

// One IPC listener routes every backend event; the page never sees ipcRenderer or an IPC event object.
ipcRenderer.on('event', (_event, name: unknown, payload: unknown) => {
  for (const listener of listeners.get(String(name)) ?? []) {
    try {
      listener(payload);
    } catch (err) {
      console.error(err); // one broken listener must not starve the others
    }
  }
});

contextBridge.exposeInMainWorld('bridge', {
  /** Resolves with the backend's envelope `{ok:true,data} | {ok:false,error}`; it never rejects with app errors. */
  invoke: (channel: string, payload?: unknown, token?: string | null) =>
    ipcRenderer.invoke('rpc', channel, payload ?? {}, token ?? null),
  on(name: string, listener: Listener): () => void {
    if (!ALLOWED_EVENTS.includes(name)) throw new Error(`Unknown event: ${name}`);
    if (typeof listener !== 'function') throw new Error('bridge.on needs a function');
    const set = listeners.get(name) ?? new Set<Listener>();
    listeners.set(name, set);
    set.add(listener);
    return () => void set.delete(listener);
  },
});
