/**
 * UUIDv7 ids for the demo's bulk rows (RFC 9562: 48-bit milliseconds, version 7, variant 10).
 * The shared `uuidv7` spends ~3 µs an id on BigInt and per-byte formatting; a demo batch needs
 * ~100,000 of them, so here the time prefix is formatted once per batch and the other bits are
 * 42 random bits drawn once and a 32-bit counter: unique within a batch, random across batches.
 */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export interface IdSource {
  (): string;
}

export function idSource(nowMs: number): IdSource {
  const ms = Math.max(0, Math.floor(nowMs));
  const hi = Math.floor(ms / 2 ** 16);
  const lo = ms % 2 ** 16;
  const time = `${hi.toString(16).padStart(8, '0')}-${lo.toString(16).padStart(4, '0')}`;
  const random = new Uint32Array(2);
  globalThis.crypto.getRandomValues(random);
  const randA = `7${((random[0] ?? 0) & 0xfff).toString(16).padStart(3, '0')}`;
  // Variant bits 10, then 14 random bits: the fourth group.
  const variant = HEX[0x80 | ((random[1] ?? 0) & 0x3f)] + HEX[((random[1] ?? 0) >>> 8) & 0xff]!;
  const tag = (random[1] ?? 0) >>> 16;
  let counter = 0;
  return () => {
    const c = counter++;
    // 48 bits: a 16-bit run tag, then a 32-bit counter.
    return `${time}-${randA}-${variant}-${HEX[tag >>> 8]}${HEX[tag & 0xff]}${HEX[(c >>> 24) & 0xff]}${HEX[(c >>> 16) & 0xff]}${HEX[(c >>> 8) & 0xff]}${HEX[c & 0xff]}`;
  };
}
