/**
 * The import channels take the file as base64 (JSON-safe over IPC and the HTTP bridge). The
 * contract caps the text at 80,000,000 characters, i.e. 60,000,000 bytes of file.
 */
export const MAX_IMPORT_BYTES = 60_000_000;

// A multiple of 3: each chunk encodes without padding, so the chunks simply concatenate.
const CHUNK = 3 * 8192;

/**
 * Base64 of bytes, chunk by chunk: a binary string of the whole file would double its memory, and
 * `String.fromCharCode(...bytes)` over a large file exceeds the engine's argument limit.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    let binary = '';
    for (let i = 0; i < chunk.length; i++) binary += String.fromCharCode(chunk[i] as number);
    parts.push(btoa(binary));
  }
  return parts.join('');
}

export type FileProblem = 'empty' | 'tooLarge';

/** What keeps a chosen file from being sent at all (the backend judges everything else). */
export function fileProblem(file: Pick<File, 'size'>): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'tooLarge';
  return null;
}

export async function readFileBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
