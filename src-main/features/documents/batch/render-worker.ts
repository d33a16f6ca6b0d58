/**
 * A document render thread (started by render-pool.ts): turns layouts into .docx files. Layouts are plain
 * data, so they cross the thread boundary as they are; the files come back as transferred buffers.
 */
import { parentPort } from 'node:worker_threads';
import type { DocModel } from '../../../../src-shared/domain/documents/model';
import { renderDocxSync } from '../render/docx-fast';

export type ToRenderWorker = { id: number; models: DocModel[] };
export type FromRenderWorker = { id: number; files: ArrayBuffer[] } | { id: number; error: string };

if (!parentPort) throw new Error('render-worker runs only as a worker thread (see render-pool.ts)');
const port = parentPort;

port.on('message', (message: ToRenderWorker) => {
  void (async () => {
    try {
      const files: ArrayBuffer[] = [];
      for (const model of message.models) {
        const buf = renderDocxSync(model);
        files.push(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
      }
      port.postMessage({ id: message.id, files } satisfies FromRenderWorker, files);
    } catch (err) {
      port.postMessage({
        id: message.id,
        error: err instanceof Error ? err.message : String(err),
      } satisfies FromRenderWorker);
    }
  })();
});
