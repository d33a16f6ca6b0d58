import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the app keeps secrets it must send elsewhere (the HEMIS API token). Synchronous, so a
 * write can sit inside a command's transaction. The desktop app passes an OS-backed store
 * (Electron `safeStorage`, see {@link safeStorageSecretStore}); browser mode and the CLI use the
 * file store below. Values never go to the audit, the logs or an envelope.
 */
export interface SecretStore {
  get(name: string): string | null;
  /** `null` removes the secret. */
  set(name: string, value: string | null): void;
  /** `warning` is a message key shown beside the token field. */
  describe(): { kind: 'os' | 'file'; warning?: string };
}

const NAME = /^[a-z][a-z0-9-]{0,63}$/;
const KEY_FILE = 'secret-key';
const FORMAT = 'registrator-secret-v1';

function checkName(name: string): void {
  if (!NAME.test(name) || name === KEY_FILE) throw new Error(`invalid secret name ${JSON.stringify(name)}`);
}

/** Writes a file readable only by this user (mode 0600, also when it existed with other modes). */
function writePrivate(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/**
 * A secret per file in the data folder, AES-256-GCM with a random key kept in another 0600 file
 * (`secret-key`). This protects against a copied database or a backup leaking the token, not
 * against someone who can read the user's files: hence `kind: 'file'` and the warning.
 */
export class FileSecretStore implements SecretStore {
  constructor(private readonly dir: string) {}

  private key(create: boolean): Buffer | null {
    const file = join(this.dir, KEY_FILE);
    if (existsSync(file)) {
      const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
      if (key.length !== 32) throw new Error(`${file} is not a 256-bit key`);
      return key;
    }
    if (!create) return null;
    const key = randomBytes(32);
    writePrivate(file, key.toString('base64'));
    return key;
  }

  get(name: string): string | null {
    checkName(name);
    const file = join(this.dir, name);
    if (!existsSync(file)) return null;
    const key = this.key(false);
    if (!key) return null;
    try {
      const box = JSON.parse(readFileSync(file, 'utf8')) as { format: string; iv: string; tag: string; data: string };
      if (box.format !== FORMAT) return null;
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
      decipher.setAAD(Buffer.from(name));
      decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(box.data, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      // A damaged file or a key from another folder: as if no token were set (the admin sets it again).
      return null;
    }
  }

  set(name: string, value: string | null): void {
    checkName(name);
    const file = join(this.dir, name);
    if (value === null) {
      rmSync(file, { force: true });
      return;
    }
    const key = this.key(true) as Buffer;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(name));
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    const box = {
      format: FORMAT,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
    writePrivate(file, JSON.stringify(box));
  }

  describe(): { kind: 'file'; warning: string } {
    return { kind: 'file', warning: 'warning.hemisTokenFileStore' };
  }
}

/** The part of Electron's `safeStorage` the store needs (typed here: only src-main/electron imports electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * A store for the desktop app: values encrypted by the OS keychain (DPAPI, Keychain, libsecret)
 * through Electron `safeStorage`, kept as `<name>.os` files in `dir`. Falls back to the file
 * store where the OS offers no encryption (a Linux session without a keyring).
 */
export function safeStorageSecretStore(safeStorage: SafeStorageLike, dir: string): SecretStore {
  const fallback = new FileSecretStore(dir);
  if (!safeStorage.isEncryptionAvailable()) return fallback;
  return {
    get(name) {
      checkName(name);
      const file = join(dir, `${name}.os`);
      // Stored by the file store before the OS store was available: still usable until set again.
      if (!existsSync(file)) return fallback.get(name);
      try {
        return safeStorage.decryptString(readFileSync(file));
      } catch {
        return null;
      }
    },
    set(name, value) {
      checkName(name);
      const file = join(dir, `${name}.os`);
      if (value === null) rmSync(file, { force: true });
      else writePrivate(file, safeStorage.encryptString(value));
      // A token stored by the file store before the OS store was available must not linger.
      fallback.set(name, null);
    },
    describe: () => ({ kind: 'os' }),
  };
}
