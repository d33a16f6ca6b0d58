import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt from node:crypto (no native add-on to build). OWASP parameters N=2^17, r=8, p=1 take
 * ~0.7 s here: slow for an attacker with a stolen database, acceptable once per sign-in.
 * Tests pass a cheaper cost; the parameters are stored in each hash, so old hashes keep verifying.
 */
export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}
export const OWASP_COST: PasswordCost = { N: 2 ** 17, r: 8, p: 1 };
export const TEST_COST: PasswordCost = { N: 2 ** 10, r: 8, p: 1 };
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, cost: PasswordCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: PasswordCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltB64, keyB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(keyB64, 'base64');
  const actual = await scryptAsync(password, Buffer.from(saltB64, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password: verifying against it costs the same time as a real one. */
let dummyHash: string | null = null;
export async function dummyVerify(password: string, cost: PasswordCost): Promise<void> {
  dummyHash ??= await hashPassword(randomBytes(12).toString('hex'), cost);
  await verifyPassword(password, dummyHash);
}
