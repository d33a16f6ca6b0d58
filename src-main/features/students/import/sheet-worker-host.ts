import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorShape } from '../../../../src-shared/errors';
import type { SheetRow } from './read-sheet';

/** Rows per message: large enough that messaging costs little, small enough to keep few rows in flight. */
const CHUNK_ROWS = 500;
/** Chunks the worker may post before the importer has taken them: bounds memory, keeps the pipe full. */
const CHUNKS_AHEAD = 4;

export type ToSheetWorker =
  | { type: 'start'; data: ArrayBuffer; fileName: string; credit: number; chunkRows: number }
  | { type: 'credit' }
  | { type: 'cancel' };

export type FromSheetWorker =
  | { type: 'ready' }
  | { type: 'rows'; rows: SheetRow[] }
  | { type: 'done' }
  | { type: 'error'; message: string; appError?: AppErrorShape };

const stats = { started: 0, running: 0 };

/** Workers that started reading, and threads still alive: tests check that imports use one and leave none. */
export function sheetWorkerStats(): { started: number; running: number } {
  return { ...stats };
}

let warned = false;
function warnOnce(why: string): void {
  if (warned) return;
  warned = true;
  console.warn(`[warn] spreadsheets are read on the main thread: ${why}`);
}

/**
 * Where the worker is, in every way the app runs. A build puts sheet-worker.js beside its entry (Electron's
 * out/main/index.js, the bench's import-child.mjs), and this module is either in that entry or in a shared
 * chunk one folder below it (out/main/chunks/). From the sources (tsx, vitest) the worker is TypeScript and
 * starts through a bootstrap that registers tsx in its thread: a worker does not inherit the parent's
 * loader hooks, and Node 20 ignores `--import` in a worker's execArgv.
 */
function findWorkerEntry(): URL | null {
  // Not `new URL('./literal', import.meta.url)`: bundlers would take the literal for an asset to emit.
  const at = (name: string) => new URL(name, import.meta.url);
  const exists = (url: URL) => existsSync(fileURLToPath(url));
  const built = [at('./sheet-worker.js'), at('../sheet-worker.js')].find(exists);
  if (built) return built;
  return exists(at('./sheet-worker.ts')) ? at('./sheet-worker-tsx.mjs') : null;
}

let defaultEntry: URL | null | undefined;

/** One worker's messages as state; the reading loop awaits `started()` and then `take()`s chunks. */
class Pipe {
  private readonly chunks: SheetRow[][] = [];
  private state: 'starting' | 'reading' | 'done' = 'starting';
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  exited = false;

  constructor(readonly worker: Worker) {
    stats.running++;
    worker.on('message', (message: FromSheetWorker) => {
      if (message.type === 'ready') this.state = 'reading';
      else if (message.type === 'rows') this.chunks.push(message.rows);
      else if (message.type === 'done') this.state = 'done';
      else this.failure ??= rebuild(message);
      this.notify();
    });
    worker.on('error', (err) => {
      this.failure ??= err;
      this.notify();
    });
    worker.on('exit', (code) => {
      stats.running--;
      this.exited = true;
      if (this.state === 'reading') this.failure ??= new Error(`The sheet worker stopped early (exit code ${code})`);
      this.notify();
    });
  }

  /** True once the worker has loaded and answered; a reason when it failed or exited first. */
  async started(): Promise<true | string> {
    while (this.state === 'starting' && !this.failure && !this.exited) await this.changed();
    return this.state === 'reading' ? true : (this.failure?.message ?? 'it exited');
  }

  /** The next chunk of rows; null after the last one; the worker's error after the rows it sent before it. */
  async take(): Promise<SheetRow[] | null> {
    for (;;) {
      const chunk = this.chunks.shift();
      if (chunk) {
        this.send({ type: 'credit' });
        return chunk;
      }
      if (this.failure) throw this.failure;
      if (this.state === 'done') return null;
      await this.changed();
    }
  }

  send(message: ToSheetWorker, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(message, transfer);
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private notify(): void {
    this.wake?.();
    this.wake = null;
  }
}

function rebuild(message: Extract<FromSheetWorker, { type: 'error' }>): Error {
  const e = message.appError;
  return e
    ? new AppError(e.code, e.key, e.message, { params: e.params, details: e.details })
    : new Error(message.message);
}

/**
 * The rows of an .xlsx, parsed in a worker thread while the caller consumes them. The bytes are moved to
 * the worker, not copied, when `data` owns its whole ArrayBuffer. When no worker can start (none built,
 * or it fails to load) the rows come from `inThread()` instead and that is logged once. The worker is
 * terminated however the caller stops: the end, an error, a `break`, or a cancelled job.
 */
export async function* sheetWorkerRows(
  data: Buffer,
  fileName: string,
  inThread: () => AsyncGenerator<SheetRow>,
  entry: URL | null = defaultEntry === undefined ? (defaultEntry = findWorkerEntry()) : defaultEntry,
): AsyncGenerator<SheetRow> {
  if (!entry) {
    warnOnce('no sheet worker is built beside the app');
    yield* inThread();
    return;
  }
  let worker: Worker;
  try {
    worker = new Worker(entry, { resourceLimits: heapLimits(data.length) });
  } catch (err) {
    warnOnce(`the sheet worker did not start (${err instanceof Error ? err.message : String(err)})`);
    yield* inThread();
    return;
  }
  const pipe = new Pipe(worker);
  try {
    const started = await pipe.started();
    if (started !== true) {
      // It never answered (a missing or broken build): the bytes are still here, so read them here.
      if (entry === defaultEntry) defaultEntry = null;
      warnOnce(`the sheet worker did not start (${started})`);
      yield* inThread();
      return;
    }
    stats.started++;
    const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
    const bytes = whole ? (data.buffer as ArrayBuffer) : new Uint8Array(data).buffer;
    pipe.send({ type: 'start', data: bytes, fileName, credit: CHUNKS_AHEAD, chunkRows: CHUNK_ROWS }, [bytes]);
    for (let chunk = await pipe.take(); chunk; chunk = await pipe.take()) yield* chunk;
  } finally {
    if (!pipe.exited) {
      pipe.send({ type: 'cancel' });
      await pipe.worker.terminate();
    }
  }
}

/**
 * The worker's heap, kept small: the process peak holds both threads' heaps, and V8 left alone lets a thread
 * that makes garbage this fast grow to ~70–110 MB (the 50,000-row bench then peaked at 305–375 MB instead of
 * ~280). What the reader keeps alive (shared strings, the row being read) measured ~4.5× the file's size, so
 * the old space may hold 12× the file, at least 64 MB; a tighter heap only buys more time collecting garbage.
 */
function heapLimits(bytes: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: Math.max(64, Math.ceil((12 * bytes) / 2 ** 20)), maxYoungGenerationSizeMb: 16 };
}
