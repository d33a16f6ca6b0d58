import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src-shared/domain/uuid';
import { openRaw } from '../db/connection';
import { runCommand } from './run-command';
import { checkDatabase } from '../features/system/check';
import { startHarness, type Harness } from '../../test/support/harness';

describe('the one write path: audit entries and the hash chain', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.dispose());

  async function someHistory() {
    const user = await h.ok(
      'users.create',
      { login: 'kassir', fullName: 'Kassir', role: 'front_office', password: 'password-123' },
      h.adminToken,
    );
    await h.ok('users.update', { id: user.id, fullName: "Gulnora Yo'ldosheva" }, h.adminToken);
    await h.ok('system.updateSettings', { backupKeep: 5 }, h.adminToken);
    return user;
  }

  it('records actor, command, input and before/after; secrets are redacted', async () => {
    const user = await someHistory();
    const { entries } = await h.ok('audit.list', { entity: 'users', entityId: user.id }, h.adminToken);
    expect(entries.map((e) => e.command)).toEqual(['users.update', 'users.create']);
    const [update, create] = entries;
    expect(update?.actorLogin).toBe('admin');
    expect(update?.actorKind).toBe('user');
    expect(update?.changes[0]?.before?.fullName).toBe('Kassir');
    // Apostrophes normalised on input (DOMAIN §5.1): oʻ with U+02BB.
    expect(update?.changes[0]?.after?.fullName).toBe('Gulnora Yoʻldosheva');
    expect(JSON.stringify(create)).not.toContain('password-123');
    expect(create?.changes[0]?.after?.passwordHash).toBe('«redacted»');
    expect((create?.input as Record<string, unknown>).password).toBe('«redacted»');
  });

  it('a command that fails writes neither data nor audit nor outbox', async () => {
    const before = (await h.ok('audit.list', {}, h.adminToken)).total;
    const outboxBefore = h.backend.services.store.reader.prepare('select count(*) as n from outbox').get();
    const me = await h.ok('auth.me', {}, h.adminToken);
    const res = await h.call('users.update', { id: me.id, role: 'viewer' }, h.adminToken);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.key).toBe('error.lastAdmin');
    expect((await h.ok('audit.list', {}, h.adminToken)).total).toBe(before);
    expect(h.backend.services.store.reader.prepare('select count(*) as n from outbox').get()).toEqual(outboxBefore);
    expect((await h.ok('auth.me', {}, h.adminToken)).role).toBe('admin');
  });

  it('every audit entry has an outbox entry', async () => {
    await someHistory();
    const r = h.backend.services.store.reader;
    const missing = r
      .prepare(
        'select count(*) as n from audit_log a where not exists (select 1 from outbox o where o.audit_id = a.id)',
      )
      .get();
    expect(missing).toEqual({ n: 0 });
  });

  it('the chain verifies, and the log cannot be updated or deleted through SQL', async () => {
    await someHistory();
    expect(checkDatabase(h.backend.services.store.reader, h.dataDir).ok).toBe(true);
    const w = h.backend.services.store.writer;
    expect(() => w.prepare("update audit_log set actor_login = 'x' where seq = 1").run()).toThrow(/append-only/);
    expect(() => w.prepare('delete from audit_log where seq = 2').run()).toThrow(/append-only/);
  });

  it('reports precisely where someone altered an entry', async () => {
    await someHistory();
    const w = h.backend.services.store.writer;
    w.exec('drop trigger audit_log_no_update');
    w.prepare('update audit_log set input = \'{"forged":true}\' where seq = 3').run();
    const report = checkDatabase(h.backend.services.store.reader, h.dataDir);
    expect(report.ok).toBe(false);
    expect(report.audit.firstBreakSeq).toBe(3);
    expect(report.audit.problem).toMatch(/entry 3 .* altered/);
  });

  it('reports a removed entry in the middle, and removed newest entries via the anchor', async () => {
    await someHistory();
    const w = h.backend.services.store.writer;
    w.exec('drop trigger audit_log_no_delete');
    const head = w.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as {
      seq: number;
      hash: string;
    };
    writeFileSync(join(h.dataDir, 'audit-anchor.json'), JSON.stringify(head));
    w.prepare('delete from audit_log where seq = ?').run(head.seq);
    const truncated = checkDatabase(h.backend.services.store.reader, h.dataDir);
    expect(truncated.ok).toBe(false);
    expect(truncated.audit.problem).toMatch(/anchored/);
    w.prepare('delete from audit_log where seq = 2').run();
    const gap = checkDatabase(h.backend.services.store.reader, h.dataDir);
    expect(gap.audit.firstBreakSeq).toBe(3);
    expect(gap.audit.problem).toMatch(/entry 2 is missing/);
  });

  it('the anchor written on close matches the chain', async () => {
    await someHistory();
    const dir = h.dataDir;
    await h.backend.close();
    const anchor = JSON.parse(readFileSync(join(dir, 'audit-anchor.json'), 'utf8')) as { seq: number };
    const db = openRaw(join(dir, 'registrator.sqlite'), { readonly: true });
    expect(anchor.seq).toBe((db.prepare('select max(seq) as n from audit_log').get() as { n: number }).n);
    expect(checkDatabase(db, dir).ok).toBe(true);
    db.close();
    h = await startHarness();
  });

  it('filters the log by actor, date, entity and command', async () => {
    await someHistory();
    const token = await h.signInAs('front_office', 'kassa2');
    await h.ok('auth.setLocale', { locale: 'ru' }, token);
    const byActor = await h.ok('audit.list', { actor: 'kassa2' }, h.adminToken);
    expect(byActor.entries.map((e) => e.command)).toEqual(['auth.setLocale', 'auth.signIn']);
    const byCommand = await h.ok('audit.list', { command: 'users' }, h.adminToken);
    expect(byCommand.entries.every((e) => e.command.startsWith('users.'))).toBe(true);
    const byEntity = await h.ok('audit.list', { entity: 'app_meta' }, h.adminToken);
    expect(byEntity.entries.map((e) => e.command)).toEqual(['system.updateSettings']);
    expect((await h.ok('audit.list', { from: '2026-11-29' }, h.adminToken)).total).toBe(0);
    expect((await h.ok('audit.list', { from: '2026-11-28', to: '2026-11-28' }, h.adminToken)).total).toBe(
      byCommand.total + 4,
    );
  });

  it('indexes every row a large command touched, so each record keeps its history', async () => {
    const { store, clock } = h.backend.services;
    const ids = runCommand(store, clock, { id: null, login: 'test', kind: 'system' }, 'test.many', {}, (w) =>
      Array.from({ length: 300 }, (_, i) => {
        const id = uuidv7();
        w.setMeta(`test.key.${i}`, String(i));
        w.recordEvent('students', id, { note: i });
        return id;
      }),
    ).value;
    const last = ids[299] as string;
    const rows = store.reader.prepare('select count(*) as n from audit_entity_index where entity_id = ?').get(last);
    expect(rows).toEqual({ n: 1 });
  });
});
