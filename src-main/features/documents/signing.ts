import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { desc, eq, isNull } from 'drizzle-orm';
import { signedBytes } from '../../../src-shared/domain/documents/qr-payload';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import type { SecretStore } from '../hemis/secret-store';
import { documentSigningKeys } from './schema';

/**
 * The institution's Ed25519 document key. The private half lives in the secret store (OS-backed in
 * the desktop app), the public half in the database with every earlier one, so a document signed
 * years ago still verifies after the key is replaced (a new workstation, a restored backup).
 */

// The raw key is the last 32 bytes of these fixed DER prefixes (RFC 8410).
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const secretNameOf = (keyId: string) => `document-key-${keyId}`;

export function keyIdOf(rawPublic: Buffer): string {
  return createHash('sha256').update(rawPublic).digest('hex').slice(0, 16);
}

export function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

/**
 * The newest key whose private half this workstation holds; when there is none a key is made and its
 * public half written through the command's writer (so it is audited and backed up). The private half
 * is stored first: a crash in between leaves an unused secret, never a public key nobody can sign with.
 */
export function activeSigningKey(w: Writer, secrets: SecretStore): SigningKey {
  const keys = w.db
    .select()
    .from(documentSigningKeys)
    .where(isNull(documentSigningKeys.retiredAt))
    .orderBy(desc(documentSigningKeys.createdAt))
    .all();
  for (const k of keys) {
    const der = secrets.get(secretNameOf(k.id));
    if (der)
      return {
        keyId: k.id,
        privateKey: createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' }),
      };
  }
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  const keyId = keyIdOf(raw);
  secrets.set(secretNameOf(keyId), privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'));
  w.insert(documentSigningKeys, { id: keyId, publicKey: raw.toString('base64'), createdAt: w.now, retiredAt: null });
  return { keyId, privateKey };
}

export function signBody(key: SigningKey, body: string): Buffer {
  return sign(null, signedBytes(body), key.privateKey);
}

/** Null when the key is not one of this institution's. */
export function verifyBody(db: Db, keyId: string, body: string, signature: Uint8Array): boolean | null {
  const row = db.select().from(documentSigningKeys).where(eq(documentSigningKeys.id, keyId)).get();
  if (!row) return null;
  return verify(null, signedBytes(body), publicKeyFromRaw(Buffer.from(row.publicKey, 'base64')), signature);
}

export function publicKeys(db: Db) {
  return db
    .select()
    .from(documentSigningKeys)
    .orderBy(documentSigningKeys.createdAt)
    .all()
    .map((k) => ({
      keyId: k.id,
      publicKey: k.publicKey,
      pem: publicKeyFromRaw(Buffer.from(k.publicKey, 'base64')).export({ format: 'pem', type: 'spki' }).toString(),
      createdAt: k.createdAt,
      retiredAt: k.retiredAt,
    }));
}
