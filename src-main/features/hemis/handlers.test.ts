import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogs } from '../../../src-shared/i18n';
import { startFakeHemis, type FakeHemis } from '../../../test/support/fake-hemis';
import { startHarness, type Harness } from '../../../test/support/harness';
import type { Logger } from '../../backend/logger';
import { HEMIS_ACADEMIC_ROWS } from '../../../src-shared/contract/hemis';
import { runCommand } from '../../commands/run-command';
import { HEMIS_LAST_PULL_KEY } from './settings';
import { connect, pull, TEST_ACTOR } from './test-helpers';

let h: Harness;
let fake: FakeHemis;
const lines: string[] = [];
const logger: Logger = {
  info: (m, e) => lines.push(`info ${m} ${JSON.stringify(e ?? {})}`),
  warn: (m, e) => lines.push(`warn ${m} ${JSON.stringify(e ?? {})}`),
  error: (m, e) => lines.push(`error ${m} ${JSON.stringify(e ?? {})}`),
};

beforeEach(async () => {
  lines.splice(0);
  fake = await startFakeHemis({ students: 12, pageSize: 5 });
  h = await startHarness({ logger });
});
afterEach(async () => {
  await h.dispose();
  await fake.close();
});

describe('hemis.settings and hemis.updateSettings', () => {
  it('stores the address (adding /rest) and says whether a token is set, never what it is', async () => {
    expect(await h.ok('hemis.settings', {}, h.adminToken)).toEqual({
      url: '',
      tokenSet: false,
      tokenStore: { kind: 'file', warning: 'warning.hemisTokenFileStore' },
      lastPull: null,
    });
    await h.ok('hemis.updateSettings', { url: 'https://student.example.uz/', token: fake.token }, h.adminToken);
    const settings = await h.ok('hemis.settings', {}, h.adminToken);
    expect(settings).toMatchObject({ url: 'https://student.example.uz/rest', tokenSet: true });
    expect(JSON.stringify(settings)).not.toContain(fake.token);

    await h.ok('hemis.updateSettings', { url: 'https://student.example.uz/api/rest/' }, h.adminToken);
    expect(await h.ok('hemis.settings', {}, h.adminToken)).toMatchObject({
      url: 'https://student.example.uz/api/rest',
      tokenSet: true,
    });
    await h.ok('hemis.updateSettings', { clearToken: true }, h.adminToken);
    expect((await h.ok('hemis.settings', {}, h.adminToken)).tokenSet).toBe(false);
  });

  it('checks the address, and only the administrator changes settings', async () => {
    const bad = await h.call('hemis.updateSettings', { url: 'student.example.uz' }, h.adminToken);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.details?.issues).toEqual([{ path: 'url', key: 'validation.hemisUrl' }]);
    const head = await h.signInAs('head');
    const denied = await h.call('hemis.updateSettings', { token: 'another-token-1' }, head);
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.error.code).toBe('FORBIDDEN');
    expect((await h.ok('hemis.settings', {}, head)).tokenSet).toBe(false);
  });

  it('uses the secret store the shell passes (e.g. Electron safeStorage)', async () => {
    const secrets = new Map<string, string>();
    const custom = await startHarness({
      secretStore: {
        get: (n) => secrets.get(n) ?? null,
        set: (n, v) => void (v === null ? secrets.delete(n) : secrets.set(n, v)),
        describe: () => ({ kind: 'os' }),
      },
    });
    try {
      await custom.ok('hemis.updateSettings', { url: fake.url, token: fake.token }, custom.adminToken);
      expect(secrets.get('hemis-token')).toBe(fake.token);
      expect(existsSync(join(custom.dataDir, 'hemis-token'))).toBe(false);
      expect((await custom.ok('hemis.settings', {}, custom.adminToken)).tokenStore).toEqual({
        kind: 'os',
        warning: null,
      });
      expect((await custom.ok('hemis.testConnection', {}, custom.adminToken)).ok).toBe(true);
    } finally {
      await custom.dispose();
    }
  });
});

describe('the last pull in hemis.settings and hemis.pullStatus', () => {
  it('counts what the reference step wrote; a summary stored by an older version reads with those counts null', async () => {
    await connect(h, fake);
    expect((await pull(h)).ok).toBe(true);
    const settings = await h.ok('hemis.settings', {}, h.adminToken);
    expect(settings.lastPull).toMatchObject({
      departments: { created: 5 },
      markingSystems: { created: 3 },
      employees: { created: 3, rejected: 1 },
      educationYears: { created: 2 },
      curricula: { created: 3 },
      semesters: { created: 6 },
      subjects: { created: 3 },
      curriculumSubjects: { created: 4, rejected: 1 },
    });

    // Written before the academic structure was mirrored: no such keys at all.
    const old = Object.fromEntries(
      Object.entries(settings.lastPull ?? {}).filter(([k]) => !(HEMIS_ACADEMIC_ROWS as readonly string[]).includes(k)),
    );
    runCommand(h.backend.services.store, h.clock, TEST_ACTOR, 'test.oldSummary', {}, (w) =>
      w.setMeta(HEMIS_LAST_PULL_KEY, JSON.stringify(old)),
    );
    const before = await h.ok('hemis.pullStatus', {}, h.adminToken); // the output passes the contract
    expect(before.lastPull).toMatchObject({ departments: { created: 5 }, students: { created: 12 } });
    for (const row of HEMIS_ACADEMIC_ROWS) expect(before.lastPull?.[row], row).toBeNull();
    expect((await h.ok('hemis.settings', {}, h.adminToken)).lastPull?.curricula).toBeNull();
  });
});

describe('hemis.testConnection', () => {
  it('reports ok with the department count, or the HTTP status and a translated error key', async () => {
    const notSet = await h.ok('hemis.testConnection', {}, h.adminToken);
    expect(notSet).toMatchObject({ ok: false, status: null, errorKey: 'error.hemisNotConfigured' });

    await connect(h, fake);
    const ok = await h.ok('hemis.testConnection', {}, h.adminToken);
    expect(ok).toMatchObject({ ok: true, status: 200, errorKey: null, departments: 5 });
    expect(fake.requests.at(-1)?.query).toMatchObject({ limit: '1', l: 'uz-UZ' });

    const wrongToken = await h.ok('hemis.testConnection', { token: 'wrong-token-123' }, h.adminToken);
    expect(wrongToken).toMatchObject({ ok: false, status: 401, errorKey: 'error.hemisUnauthorized' });

    fake.fail({ endpoint: 'department-list', status: 403 });
    expect(await h.ok('hemis.testConnection', {}, h.adminToken)).toMatchObject({
      ok: false,
      status: 403,
      errorKey: 'error.hemisForbidden',
    });

    // The stored token is never sent to an address that is not the saved one.
    fake.requests.splice(0);
    const elsewhere = await h.ok('hemis.testConnection', { url: `${fake.url}/v2` }, h.adminToken);
    expect(elsewhere).toMatchObject({ ok: false, status: null, errorKey: 'error.hemisTokenForNewUrl' });
    expect(fake.requests).toHaveLength(0);
    const wrongPath = await h.ok('hemis.testConnection', { url: `${fake.url}/v2`, token: fake.token }, h.adminToken);
    expect(wrongPath).toMatchObject({ ok: false, status: 404, errorKey: 'error.hemisNotFound' });

    fake.fail({ endpoint: 'department-list', kind: 'false', message: 'Ruxsat yoʻq' });
    expect(await h.ok('hemis.testConnection', {}, h.adminToken)).toMatchObject({
      ok: false,
      errorKey: 'error.hemisError',
      errorParams: { message: 'Ruxsat yoʻq' },
    });

    const closed = await h.ok(
      'hemis.testConnection',
      { url: 'http://127.0.0.1:9/rest', token: 'any-token-123' },
      h.adminToken,
    );
    expect(closed).toMatchObject({ ok: false, status: null, errorKey: 'error.hemisNetwork' });

    // Testing other values never stores them.
    expect((await h.ok('hemis.settings', {}, h.adminToken)).url).toBe(fake.url);
  });
});

describe('the HEMIS token stays secret', () => {
  it('is in no audit entry, outbox row, log line, job, database or plain file', async () => {
    await connect(h, fake);
    fake.fail({ endpoint: 'student-list', status: 500 }); // a retry writes a warning to the log
    expect((await pull(h)).ok).toBe(true);
    await h.ok('hemis.updateSettings', { token: `${fake.token}-2` }, h.adminToken); // a change is audited too
    const failed = await pull(h, { client: { token: fake.token.slice(0, -1) + 'X' } }); // and a failure logged
    expect(failed.ok).toBe(false);

    const reader = h.backend.services.store.reader;
    const audit = reader.prepare('select input, changes from audit_log').all() as { input: string; changes: string }[];
    const outbox = reader.prepare('select payload from outbox').all() as { payload: string }[];
    const tokenAudit = audit.filter((a) => a.input.includes('token'));
    expect(tokenAudit.map((a) => JSON.parse(a.input) as unknown)).toContainEqual({
      token: '«redacted»',
      url: fake.url,
    });
    const jobs = JSON.stringify(await h.ok('jobs.list', {}, h.adminToken));
    await h.backend.close(); // checkpoint the WAL, so the database file holds everything
    const files = readdirSync(h.dataDir)
      .filter((f) => !f.startsWith('backups'))
      .map((f) => readFileSync(join(h.dataDir, f)).toString('latin1'));
    const haystacks = [
      ...audit.map((a) => a.input + a.changes),
      ...outbox.map((o) => o.payload),
      ...lines,
      jobs,
      ...files,
    ];
    expect(lines.some((l) => l.includes('retry'))).toBe(true);
    for (const text of haystacks) expect(text).not.toContain(fake.token);
  });
});

describe('message keys', () => {
  it('every hemis.step.* key the pull reports is translated in every locale', () => {
    const keys = new Set<string>();
    for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const m of readFileSync(join(__dirname, file), 'utf8').matchAll(/'(hemis\.step\.[A-Za-z]+)'/g)) {
        keys.add(m[1] as string);
      }
    }
    expect([...keys].sort()).toEqual(['hemis.step.finish', 'hemis.step.reference', 'hemis.step.students']);
    for (const locale of Object.keys(catalogs) as (keyof typeof catalogs)[]) {
      for (const key of keys) expect(catalogs[locale][key], `${locale} ${key}`).toBeTruthy();
    }
  });

  it('every row of the pull summary is named in every locale', () => {
    const rows = ['departments', 'specialties', 'groups', ...HEMIS_ACADEMIC_ROWS, 'students'];
    for (const locale of Object.keys(catalogs) as (keyof typeof catalogs)[]) {
      const catalog = catalogs[locale] as Record<string, string | undefined>;
      for (const row of rows) expect(catalog[`hemis.row.${row}`], `${locale} ${row}`).toBeTruthy();
    }
  });
});
