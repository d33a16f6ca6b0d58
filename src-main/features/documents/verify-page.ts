import { PAYLOAD_PREFIX, SIGNING_CONTEXT } from '../../../src-shared/domain/documents/qr-payload';
import { translate } from '../../../src-shared/i18n';
import { esc } from './render/html';

/**
 * A static page an institution can publish (or keep on a USB stick) that checks a document's QR payload
 * in the browser: the public keys are embedded, WebCrypto's Ed25519 verifies. It cannot know about voids —
 * it says so and tells where to ask. The parsing mirrors `src-shared/domain/documents/qr-payload.ts`
 * (strict base64url, six fields); `verify-page.test.ts` runs this script against a real signed payload.
 */

const KEYS = [
  'title',
  'intro',
  'paste',
  'check',
  'valid',
  'invalid',
  'unknownKey',
  'unsupported',
  'voidNote',
  'type',
  'number',
  'issuedOn',
  'holder',
  'studentId',
] as const;

export const VERIFY_PAGE_SCRIPT = String.raw`
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function fromB64(t) {
  if (t.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor(t.length * 6 / 8));
  let acc = 0, bits = 0, o = 0;
  for (const ch of t) {
    const v = ALPHA.indexOf(ch);
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff; bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (acc >> bits) & 0xff; }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
function parse(input) {
  const text = input.trim();
  const at = text.lastIndexOf(PREFIX + '.');
  if (at < 0) return null;
  const parts = text.slice(at).split('.');
  if (parts.length !== 3) return null;
  const body = fromB64(parts[1]), sig = fromB64(parts[2]);
  if (!body || !sig || sig.length !== 64) return null;
  let s;
  try { s = new TextDecoder('utf-8', { fatal: true }).decode(body); } catch { return null; }
  const f = s.split('|');
  if (f.length !== 6 || !/^[0-9a-f]{16}$/.test(f[0]) || !/^[a-z][a-z0-9-]{1,31}$/.test(f[1]) || !/^\d{4}-\d{2}-\d{2}$/.test(f[3]) || !f[2]) return null;
  return { body: s, sig, keyId: f[0], type: f[1], registerNumber: f[2], issuedOn: f[3], holderName: f[4], studentIdNumber: f[5] };
}
async function check(input) {
  const p = parse(input);
  if (!p) return { status: 'invalid' };
  const raw = KEYS[p.keyId];
  if (!raw) return { status: 'unknownKey' };
  if (!globalThis.crypto || !crypto.subtle) return { status: 'unsupported' };
  try {
    const key = await crypto.subtle.importKey('raw', fromB64(raw), { name: 'Ed25519' }, false, ['verify']);
    const ok = await crypto.subtle.verify({ name: 'Ed25519' }, key, p.sig, new TextEncoder().encode(CONTEXT + p.body));
    return ok ? { status: 'valid', fields: p } : { status: 'invalid' };
  } catch (e) {
    return { status: 'unsupported' };
  }
}
`;

const UI_SCRIPT = String.raw`
const form = document.getElementById('f'), input = document.getElementById('p'), out = document.getElementById('out');
function row(label, value) { const tr = document.createElement('tr'); const th = document.createElement('th'); th.textContent = label; const td = document.createElement('td'); td.textContent = value; tr.append(th, td); return tr; }
async function run() {
  out.replaceChildren();
  if (!input.value.trim()) return;
  const r = await check(input.value);
  const h = document.createElement('h2'); h.className = r.status; h.textContent = T[r.status]; out.append(h);
  if (r.status === 'valid') {
    const t = document.createElement('table'); const f = r.fields;
    t.append(row(T.type, f.type), row(T.number, f.registerNumber), row(T.issuedOn, f.issuedOn.split('-').reverse().join('.')), row(T.holder, f.holderName), row(T.studentId, f.studentIdNumber));
    const n = document.createElement('p'); n.textContent = T.voidNote; out.append(t, n);
  }
}
form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
if (location.hash.length > 1) { input.value = decodeURIComponent(location.hash.slice(1)); run(); }
`;

export function verificationPage(opts: {
  institution: string;
  contact: string;
  keys: { keyId: string; publicKey: string }[];
}): string {
  const t = Object.fromEntries(
    KEYS.map((k) => [k, `${translate('uz-Latn', `verifyPage.${k}`)} / ${translate('en', `verifyPage.${k}`)}`]),
  );
  // Raw keys as base64url for the page's decoder.
  const keys = Object.fromEntries(
    opts.keys.map((k) => [k.keyId, Buffer.from(k.publicKey, 'base64').toString('base64url')]),
  );
  const data = `const PREFIX = ${JSON.stringify(PAYLOAD_PREFIX)}; const CONTEXT = ${JSON.stringify(SIGNING_CONTEXT)}; const KEYS = ${JSON.stringify(keys)}; const T = ${JSON.stringify(t).replace(/</g, '\\u003c')};`;
  return `<!doctype html><html lang="uz"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(t.title!)} — ${esc(opts.institution)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:720px;margin:2rem auto;padding:0 1rem;color:#1a1a1a}textarea{width:100%;min-height:6rem;font-family:monospace}button{margin-top:.5rem;padding:.5rem 1.5rem;font-size:1rem}h2.valid{color:#1b5e20}h2.invalid,h2.unknownKey{color:#b71c1c}h2.unsupported{color:#e65100}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}th{font-weight:normal;color:#555}</style></head>
<body><h1>${esc(t.title!)}</h1><p><b>${esc(opts.institution)}</b></p><p>${esc(t.intro!)}</p>
<form id="f"><label for="p">${esc(t.paste!)}</label><textarea id="p" spellcheck="false"></textarea><button type="submit">${esc(t.check!)}</button></form>
<div id="out" aria-live="polite"></div><p><small>${esc(opts.contact)}</small></p>
<script>${data}${VERIFY_PAGE_SCRIPT}${UI_SCRIPT}</script></body></html>`;
}
