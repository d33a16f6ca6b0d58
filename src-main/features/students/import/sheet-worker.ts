/**
 * The sheet worker's thread (started by sheet-worker-host.ts): parses an .xlsx with the same reader as
 * the in-thread path (`xlsxRows`) and posts its rows in chunks, only while it holds credit, so it is
 * never more than a few chunks ahead of the importer and memory stays bounded whatever the file's size.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../src-shared/errors';
import { xlsxRows, type SheetRow } from './read-sheet';
import type { FromSheetWorker, ToSheetWorker } from './sheet-worker-host';

if (!parentPort) throw new Error('sheet-worker runs only as a worker thread (see sheet-worker-host.ts)');
const port = parentPort;

let credit = 0;
let cancelled = false;
let wake: (() => void) | null = null;

const post = (message: FromSheetWorker) => port.postMessage(message);

async function parse(data: Buffer, fileName: string, chunkRows: number): Promise<void> {
  let chunk: SheetRow[] = [];
  const send = async () => {
    while (credit === 0 && !cancelled) await new Promise<void>((resolve) => (wake = resolve));
    if (cancelled) return;
    credit--;
    post({ type: 'rows', rows: chunk });
    chunk = [];
  };
  try {
    for await (const row of xlsxRows(data, fileName)) {
      chunk.push(row);
      if (chunk.length >= chunkRows) await send();
      // Leaving the loop lets the reader close its zip stream.
      if (cancelled) break;
    }
    if (chunk.length > 0) await send();
    if (!cancelled) post({ type: 'done' });
  } catch (err) {
    // AppError does not survive structured cloning (only `message` would): its fields travel as data.
    if (err instanceof AppError) post({ type: 'error', appError: err.toShape(), message: err.message });
    else post({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  } finally {
    port.close();
  }
}

port.on('message', (message: ToSheetWorker) => {
  if (message.type === 'start') {
    credit = message.credit;
    void parse(Buffer.from(message.data), message.fileName, message.chunkRows);
  } else if (message.type === 'credit') credit++;
  else cancelled = true;
  wake?.();
  wake = null;
});
post({ type: 'ready' });
