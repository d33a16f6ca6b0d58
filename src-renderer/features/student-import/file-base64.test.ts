import { describe, expect, it } from 'vitest';
import { bytesToBase64, fileProblem, MAX_IMPORT_BYTES, readFileBase64 } from './file-base64';

function bytes(length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** The one-shot encoding the chunked one must equal (fine for small inputs). */
function reference(data: Uint8Array): string {
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function decode(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

describe('bytesToBase64', () => {
  it('encodes known bytes', () => {
    expect(bytesToBase64(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('UEsDBA==');
    expect(bytesToBase64(new TextEncoder().encode('Joʻrayev'))).toBe('Sm/Ku3JheWV2');
  });

  it.each([0, 1, 2, 3, 4, 24_575, 24_576, 24_577, 49_152, 100_003])('equals a one-shot encoding for %i bytes', (n) => {
    const data = bytes(n);
    expect(bytesToBase64(data)).toBe(reference(data));
  });

  it('encodes a 5 MB file in chunks without blowing the call stack', () => {
    const data = bytes(5_000_001);
    const encoded = bytesToBase64(data);
    expect(encoded.length).toBe(Math.ceil(data.length / 3) * 4);
    const back = decode(encoded);
    // A plain loop: a deep equality over 5 million elements takes vitest minutes.
    let same = back.length === data.length;
    for (let i = 0; same && i < data.length; i++) same = back[i] === data[i];
    expect(same).toBe(true);
  });

  it('reads a Blob (what a dropped or chosen File is)', async () => {
    const data = bytes(70_000);
    expect(await readFileBase64(new Blob([data]))).toBe(reference(data));
  });
});

describe('fileProblem', () => {
  it('refuses empty files and files the channel cannot carry', () => {
    expect(fileProblem({ size: 0 })).toBe('empty');
    expect(fileProblem({ size: 10 })).toBeNull();
    expect(fileProblem({ size: MAX_IMPORT_BYTES })).toBeNull();
    expect(fileProblem({ size: MAX_IMPORT_BYTES + 1 })).toBe('tooLarge');
    // 60 MB of bytes is exactly the 80,000,000 base64 characters the contract admits.
    expect(Math.ceil(MAX_IMPORT_BYTES / 3) * 4).toBeLessThanOrEqual(80_000_000);
  });
});
