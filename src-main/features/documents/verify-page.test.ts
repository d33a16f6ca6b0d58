import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assemblePayload, payloadBody, signedBytes } from '../../../src-shared/domain/documents/qr-payload';
import { keyIdOf, rawPublicKey } from './signing';
import { VERIFY_PAGE_SCRIPT } from './verify-page';

/** The static page's script, run as the browser runs it (WebCrypto Ed25519), with one public key embedded. */
function pageCheck(
  keys: Record<string, string>,
): (input: string) => Promise<{ status: string; fields?: { holderName: string } }> {
  const factory = new Function('PREFIX', 'CONTEXT', 'KEYS', `${VERIFY_PAGE_SCRIPT}\nreturn check;`) as (
    p: string,
    c: string,
    k: Record<string, string>,
  ) => (input: string) => Promise<{ status: string }>;
  return factory('RG1', 'registrator-document-v1\n', keys) as never;
}

describe('the static verification page', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  const keyId = keyIdOf(raw);
  const body = payloadBody({
    keyId,
    type: 'enrolment',
    registerNumber: '12/2026',
    issuedOn: '2026-11-29',
    holderName: 'Gʻulomova Oʻgʻiloy',
    studentIdNumber: '364241100001',
  });
  const payload = assemblePayload(body, sign(null, signedBytes(body), privateKey));
  const check = pageCheck({ [keyId]: raw.toString('base64url') });

  it('accepts a genuine payload, also behind a link, and shows what it certifies', async () => {
    expect(await check(payload)).toMatchObject({ status: 'valid', fields: { holderName: 'Gʻulomova Oʻgʻiloy' } });
    expect((await check(`https://registrator.example.uz/verify.html#${payload}`)).status).toBe('valid');
  });

  it('rejects a changed character, a foreign key and garbage', async () => {
    // A character of the signature: the key is known, the signature fails.
    const i = payload.length - 20;
    const changed = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
    expect((await check(changed)).status).toBe('invalid');
    expect((await pageCheck({})(payload)).status).toBe('unknownKey');
    expect((await check('not a payload')).status).toBe('invalid');
  });
});
