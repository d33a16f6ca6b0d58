import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

/** Medium error correction: survives a fold or a stamp over a corner, stays small enough for ~250 characters. */
const LEVEL = 'M' as const;
/** The quiet zone in modules; scanners need it, the page margin is not enough when a table borders the code. */
const QUIET = 2;
/** Pixels per module in the PNG: crisp at 300 dpi for a 25–30 mm code. */
const SCALE = 8;

function modulesOf(content: string): { size: number; dark(x: number, y: number): boolean } {
  const { modules } = QRCode.create(content, { errorCorrectionLevel: LEVEL });
  return { size: modules.size, dark: (x, y) => modules.get(x, y) === 1 || (modules.get(x, y) as unknown) === true };
}

/** The code as an SVG path (HTML preview and print): sharp at any zoom, no image decoding. */
export function qrSvg(content: string, sizeMm: number): string {
  const m = modulesOf(content);
  let path = '';
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) if (m.dark(x, y)) path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  }
  const box = m.size + 2 * QUIET;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" width="${sizeMm}mm" height="${sizeMm}mm" ` +
    `shape-rendering="crispEdges" role="img"><rect width="${box}" height="${box}" fill="#fff"/>` +
    `<path d="${path}" fill="#000"/></svg>`
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The code as a 1-bit greyscale PNG (DOCX, PDF). Encoded here rather than through the library's PNG path:
 * a batch prints hundreds of codes, and this costs well under a millisecond each.
 */
export function qrPngSync(content: string): Buffer {
  const m = modulesOf(content);
  const modules = m.size + 2 * QUIET;
  const side = modules * SCALE;
  // SCALE is 8: one module is exactly one byte of a 1-bit row (0x00 dark, 0xff white).
  const rowBytes = modules;
  const raw = Buffer.alloc((rowBytes + 1) * side, 0xff);
  const row = Buffer.alloc(rowBytes + 1, 0xff);
  for (let my = 0; my < modules; my++) {
    row[0] = 0; // filter: none
    for (let mx = 0; mx < modules; mx++) {
      const x = mx - QUIET;
      const y = my - QUIET;
      row[1 + mx] = x >= 0 && y >= 0 && x < m.size && y < m.size && m.dark(x, y) ? 0x00 : 0xff;
    }
    for (let k = 0; k < SCALE; k++) row.copy(raw, (my * SCALE + k) * (rowBytes + 1));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function qrPng(content: string): Promise<Buffer> {
  return Promise.resolve(qrPngSync(content));
}
