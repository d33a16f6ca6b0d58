import * as zlib from 'node:zlib';

/**
 * A minimal ZIP writer for OOXML packages (DOCX): native deflate at a low level, which is where a batch
 * of hundreds of documents spends its time otherwise (the docx package zips in JavaScript). Entries are
 * written in the order given; `[Content_Types].xml` must come first for some readers.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (zlib's own when this Node has it: 20.15+). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  path: string;
  data: Uint8Array | string;
  /** Already-compressed formats (PNG, JPEG) are stored, not deflated again. */
  store?: boolean;
}

/** An entry deflated once and reused in many packages (the parts every document shares). */
export interface PackedEntry {
  path: string;
  deflated: Buffer;
  crc: number;
  size: number;
}

export function packEntry(path: string, data: Uint8Array | string, level = 6): PackedEntry {
  const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return { path, deflated: zlib.deflateRawSync(raw, { level }), crc: crc32(raw), size: raw.length };
}

// 1980-01-01 00:00: a fixed time keeps a package byte-identical for the same content.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zip(entries: (ZipEntry | PackedEntry)[], level = 1): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.path, 'utf8');
    let method = 8;
    let body: Buffer;
    let crc: number;
    let size: number;
    if ('deflated' in e) {
      ({ deflated: body, crc, size } = e);
    } else {
      const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
      method = e.store ? 0 : 8;
      body = e.store ? raw : zlib.deflateRawSync(raw, { level });
      crc = crc32(raw);
      size = raw.length;
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // version made by
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt16LE(DOS_TIME, 12);
    dir.writeUInt16LE(DOS_DATE, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}
