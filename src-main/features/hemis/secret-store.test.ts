import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/harness';
import { FileSecretStore, safeStorageSecretStore, type SafeStorageLike } from './secret-store';

const dirs: string[] = [];
const dir = () => {
  const d = tempDir('registrator-secret-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const TOKEN = 'hemis-api-token-QWERTY-1234567890';
const posix = process.platform !== 'win32';

describe('FileSecretStore', () => {
  it('keeps the value encrypted in a 0600 file, the key in another 0600 file', () => {
    const d = dir();
    const store = new FileSecretStore(d);
    expect(store.get('hemis-token')).toBeNull();
    store.set('hemis-token', TOKEN);
    expect(store.get('hemis-token')).toBe(TOKEN);
    expect(new FileSecretStore(d).get('hemis-token')).toBe(TOKEN);

    const file = readFileSync(join(d, 'hemis-token'), 'utf8');
    expect(file).not.toContain(TOKEN);
    expect(file).not.toContain(Buffer.from(TOKEN).toString('base64'));
    expect(JSON.parse(file)).toMatchObject({ format: 'registrator-secret-v1' });
    if (posix) {
      expect(statSync(join(d, 'hemis-token')).mode & 0o777).toBe(0o600);
      expect(statSync(join(d, 'secret-key')).mode & 0o777).toBe(0o600);
    }
    expect(store.describe()).toEqual({ kind: 'file', warning: 'warning.hemisTokenFileStore' });
  });

  it('replaces and removes; a damaged file or a foreign key reads as "no token", never garbage', () => {
    const d = dir();
    const store = new FileSecretStore(d);
    store.set('hemis-token', TOKEN);
    store.set('hemis-token', 'second-token-value');
    expect(store.get('hemis-token')).toBe('second-token-value');

    // The same encrypted file next to another key (a copied data folder without its key).
    const other = dir();
    writeFileSync(join(other, 'hemis-token'), readFileSync(join(d, 'hemis-token')));
    new FileSecretStore(other).set('unrelated', 'x');
    expect(new FileSecretStore(other).get('hemis-token')).toBeNull();

    writeFileSync(join(d, 'hemis-token'), '{"format":"registrator-secret-v1","iv":"AAAA","tag":"AAAA","data":"AAAA"}');
    expect(store.get('hemis-token')).toBeNull();
    store.set('hemis-token', null);
    expect(store.get('hemis-token')).toBeNull();
  });

  it('refuses names that could reach outside the folder or the key file', () => {
    const store = new FileSecretStore(dir());
    for (const name of ['../x', 'secret-key', 'A', '', 'a/b']) expect(() => store.set(name, 'v')).toThrow();
  });
});

describe('safeStorageSecretStore', () => {
  const fakeSafeStorage = (available: boolean): SafeStorageLike => ({
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(`os:${[...plain].reverse().join('')}`),
    decryptString: (buf) => [...buf.toString().slice(3)].reverse().join(''),
  });

  it('uses the OS encryption when available and drops a token the file store held before', () => {
    const d = dir();
    new FileSecretStore(d).set('hemis-token', 'old-file-token');
    const store = safeStorageSecretStore(fakeSafeStorage(true), d);
    expect(store.describe()).toEqual({ kind: 'os' });
    expect(store.get('hemis-token')).toBe('old-file-token');
    store.set('hemis-token', TOKEN);
    expect(store.get('hemis-token')).toBe(TOKEN);
    expect(new FileSecretStore(d).get('hemis-token')).toBeNull();
    expect(readFileSync(join(d, 'hemis-token.os'), 'utf8')).not.toContain(TOKEN);
  });

  it('falls back to the file store (with its warning) when the OS offers no encryption', () => {
    const store = safeStorageSecretStore(fakeSafeStorage(false), dir());
    expect(store.describe().kind).toBe('file');
    store.set('hemis-token', TOKEN);
    expect(store.get('hemis-token')).toBe(TOKEN);
  });
});
