import { describe, expect, it } from 'vitest';
import { compareVersions, networkFilesystemIn } from './connection';

const MOUNTS = [
  '/dev/sda1 / ext4 rw,relatime 0 0',
  '//fileserver/registrator /mnt/office cifs rw,vers=3.0 0 0',
  'nas:/export /srv/nfs nfs4 rw 0 0',
  '/dev/sdb1 /mnt/office/local ext4 rw 0 0',
  '/dev/sdc1 /media/my\\040drive ext4 rw 0 0',
].join('\n');

describe('data folder location', () => {
  it.each([
    ['/home/registrar/.config/Registrator/data', null],
    ['/mnt/office/Registrator', 'cifs'],
    ['/mnt/office', 'cifs'],
    ['/srv/nfs/data', 'nfs4'],
    ['/mnt/office/local/data', null],
    ['/mnt/officer/data', null],
    ['/media/my drive/data', null],
  ])('%s → %s', (path, fs) => {
    expect(networkFilesystemIn(path, MOUNTS)).toBe(fs);
  });

  it('compares SQLite versions numerically', () => {
    expect(compareVersions('3.53.2', '3.51.3')).toBe(1);
    expect(compareVersions('3.51.3', '3.51.3')).toBe(0);
    expect(compareVersions('3.9.0', '3.51.3')).toBe(-1);
  });
});
