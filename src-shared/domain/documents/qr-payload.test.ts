import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assemblePayload, fromBase64Url, parsePayload, payloadBody, toBase64Url } from './qr-payload';

const fields = {
  keyId: '0123456789abcdef',
  type: 'enrolment',
  registerNumber: '15/2026',
  issuedOn: '2026-11-29',
  holderName: 'Gʻulomova Oʻgʻiloy Shuhratovna',
  studentIdNumber: '364241101901',
};

describe('base64url', () => {
  it('round-trips any bytes and matches Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses non-canonical text (spare bits set), bad length and foreign characters', () => {
    expect(fromBase64Url('AB')).toBeNull(); // 'AB' has spare bits set; 'AA' is canonical
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64Url('A')).toBeNull();
    expect(fromBase64Url('AA==')).toBeNull();
    expect(fromBase64Url('A+')).toBeNull();
  });
});

describe('document payload', () => {
  const signature = new Uint8Array(64).map((_, i) => i);
  const payload = assemblePayload(payloadBody(fields), signature);

  it('parses what it assembles, Uzbek letters included', () => {
    const parsed = parsePayload(payload);
    expect(parsed.ok && parsed.fields).toEqual(fields);
    expect(parsed.ok && parsed.signature).toEqual(signature);
    expect(payload.length).toBeLessThan(300);
  });

  it('accepts the payload behind a verification link and around spaces', () => {
    const parsed = parsePayload(`  https://registrator.example.uz/verify.html#${payload}\n`);
    expect(parsed.ok && parsed.payload).toBe(payload);
  });

  it('drops separators from field values instead of shifting the fields', () => {
    const parsed = parsePayload(assemblePayload(payloadBody({ ...fields, holderName: 'A|B' }), signature));
    expect(parsed.ok && parsed.fields.holderName).toBe('A B');
  });

  it.each([
    ['no prefix', payload.slice(4)],
    ['short signature', assemblePayload(payloadBody(fields), signature.slice(0, 63))],
    ['a missing part', payload.split('.').slice(0, 2).join('.')],
    ['a bad key id', assemblePayload(payloadBody({ ...fields, keyId: 'xyz' }), signature)],
    ['a bad date', assemblePayload(payloadBody({ ...fields, issuedOn: '29.11.2026' }), signature)],
    ['not base64url', payload.replace('.', '.*')],
  ])('rejects %s', (_name, text) => {
    expect(parsePayload(text).ok).toBe(false);
  });
});
