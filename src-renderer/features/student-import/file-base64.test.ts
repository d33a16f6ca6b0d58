import { describe, expect, it } from 'vitest';
import { bytesToBase64, fileProblem, MAX_IMPORT_BYTES, readFileBase64 } from './file-base64';

function bytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 4, 24_575, 24_576, 24_577, 49_152, 100_003])('matches Node for %i bytes', (n) => {
    const data = bytes(n);
    expect(bytesToBase64(data)).toBe(Buffer.from(data).toString('base64'));
  });

  it('encodes a 5 MB file in chunks without blowing the call stack', () => {
    const data = bytes(5_000_001);
    const encoded = bytesToBase64(data);
    expect(encoded.length).toBe(Math.ceil(data.length / 3) * 4);
    expect(Buffer.from(encoded, 'base64').equals(Buffer.from(data))).toBe(true);
  });

  it('reads a Blob (what a dropped or chosen File is)', async () => {
    const data = bytes(70_000);
    expect(await readFileBase64(new Blob([data]))).toBe(Buffer.from(data).toString('base64'));
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
