import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocModel } from '../../../../src-shared/domain/documents/model';
import { renderDocxSync } from '../render/docx-fast';
import type { FromRenderWorker, ToRenderWorker } from './render-worker';

/**
 * Renders many documents on every core: the DOCX object model and its XML cost tens of milliseconds a
 * document, so a batch of hundreds runs on worker threads, one per core (the database stays on the main
 * thread). Where no worker can start (an unusual packaging), it renders in this thread and says so once.
 */

function findWorkerEntry(): URL | null {
  // Not `new URL('./literal', import.meta.url)`: bundlers would take the literal for an asset to emit.
  const at = (name: string) => new URL(name, import.meta.url);
  const exists = (url: URL) => existsSync(fileURLToPath(url));
  const built = [at('./render-worker.js'), at('../render-worker.js')].find(exists);
  if (built) return built;
  return exists(at('./render-worker.ts')) ? at('./render-worker-tsx.mjs') : null;
}

interface Pending {
  resolve(files: Buffer[]): void;
  reject(err: Error): void;
}

export class RenderPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private turn = 0;

  constructor(size = Math.max(1, Math.min(4, availableParallelism()))) {
    const entry = findWorkerEntry();
    if (!entry) {
      console.warn('[warn] documents are rendered on the main thread: the render worker was not found');
      return;
    }
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry);
      worker.on('message', (m: FromRenderWorker) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if ('error' in m) p.reject(new Error(m.error));
        else p.resolve(m.files.map((f) => Buffer.from(f)));
      });
      worker.on('error', (err) => this.failAll(err));
      this.workers.push(worker);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  /** The files of `models`, in order. Work goes round-robin to the threads in slices. */
  async renderDocx(models: DocModel[]): Promise<Buffer[]> {
    if (this.workers.length === 0) {
      const out: Buffer[] = [];
      for (const m of models) out.push(renderDocxSync(m));
      return out;
    }
    const slice = Math.max(1, Math.ceil(models.length / this.workers.length));
    const parts: Promise<Buffer[]>[] = [];
    for (let i = 0; i < models.length; i += slice) {
      const id = ++this.next;
      const worker = this.workers[this.turn++ % this.workers.length]!;
      parts.push(
        new Promise<Buffer[]>((resolve, reject) => {
          this.pending.set(id, { resolve, reject });
          worker.postMessage({ id, models: models.slice(i, i + slice) } satisfies ToRenderWorker);
        }),
      );
    }
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    this.failAll(new Error('The render pool was closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
