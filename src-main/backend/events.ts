import type { EventName } from '../../src-shared/contract/jobs';

export type EventListener = (payload: unknown) => void;

/** The backend's push channel; transports forward these to the renderer (SSE or IPC). */
export class BackendEvents {
  private readonly listeners = new Map<EventName, Set<EventListener>>();

  on(name: EventName, listener: EventListener): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  emit(name: EventName, payload: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        listener(payload);
      } catch {
        // A broken listener (a closed SSE stream) must not break the emitter.
      }
    }
  }
}
