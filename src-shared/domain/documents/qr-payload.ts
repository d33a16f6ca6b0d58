/**
 * The payload printed as a document's QR code: what the document certifies, signed with the
 * institution's Ed25519 key, short enough for a small QR (≈250 characters).
 *
 *   RG1.<base64url(body)>.<base64url(signature)>
 *
 * The body is UTF-8 text, fields joined by `|` in a fixed order (below). The signature covers
 * `SIGNING_CONTEXT + body`, so a signature made for something else with the same key never
 * verifies as a document. Parsing is strict: base64url must be canonical, so a changed character
 * can never decode to the same bytes and pass (the last character of a base64 string has spare bits).
 * Signing and verifying need crypto and live where it is (main: node:crypto; the static page: WebCrypto).
 */

export const PAYLOAD_PREFIX = 'RG1';
export const SIGNING_CONTEXT = 'registrator-document-v1\n';

export interface PayloadFields {
  /** Which institution key signed it (hex, 16 chars): keys are rotated, old ones still verify. */
  keyId: string;
  /** Document type code, e.g. `enrolment`. */
  type: string;
  registerNumber: string;
  /** Issue date, `YYYY-MM-DD`. */
  issuedOn: string;
  holderName: string;
  studentIdNumber: string;
}

const ORDER = ['keyId', 'type', 'registerNumber', 'issuedOn', 'holderName', 'studentIdNumber'] as const;
const KEY_ID = /^[0-9a-f]{16}$/;
const TYPE = /^[a-z][a-z0-9-]{1,31}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field may not hold the separator; names never contain it, so it is dropped rather than escaped. */
const clean = (v: string) => v.replace(/[|\r\n]/g, ' ').trim();

export function payloadBody(fields: PayloadFields): string {
  return ORDER.map((k) => clean(fields[k])).join('|');
}

export function signedBytes(body: string): Uint8Array {
  return new TextEncoder().encode(SIGNING_CONTEXT + body);
}

export function assemblePayload(body: string, signature: Uint8Array): string {
  return `${PAYLOAD_PREFIX}.${toBase64Url(new TextEncoder().encode(body))}.${toBase64Url(signature)}`;
}

export type PayloadParse =
  | { ok: true; fields: PayloadFields; body: string; signature: Uint8Array; payload: string }
  | { ok: false; reason: 'format' };

/**
 * Reads a scanned or pasted payload. A verification link (`…/verify.html#RG1.…`) is accepted too:
 * the QR may carry the institution's public verification page in front of the payload.
 */
export function parsePayload(input: string): PayloadParse {
  const text = input.trim();
  const at = text.lastIndexOf(`${PAYLOAD_PREFIX}.`);
  if (at < 0) return { ok: false, reason: 'format' };
  const payload = text.slice(at);
  const parts = payload.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'format' };
  const bodyBytes = fromBase64Url(parts[1]!);
  const signature = fromBase64Url(parts[2]!);
  if (!bodyBytes || !signature || signature.length !== 64) return { ok: false, reason: 'format' };
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(bodyBytes);
  } catch {
    return { ok: false, reason: 'format' };
  }
  const values = body.split('|');
  if (values.length !== ORDER.length) return { ok: false, reason: 'format' };
  const fields = Object.fromEntries(ORDER.map((k, i) => [k, values[i]!])) as unknown as PayloadFields;
  if (!KEY_ID.test(fields.keyId) || !TYPE.test(fields.type) || !DATE.test(fields.issuedOn) || !fields.registerNumber)
    return { ok: false, reason: 'format' };
  return { ok: true, fields, body, signature, payload };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** Null unless `text` is the canonical unpadded base64url of some bytes. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const ch of text) {
    const v = INDEX.get(ch);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero: otherwise two different texts would decode to the same bytes.
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}
