import { DOCUMENTS_HELP, runDocumentsCli } from '../features/documents/cli';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../../src-shared/contract/common';
import { ROLES, type Role } from '../../src-shared/contract/roles';
import { AppError } from '../../src-shared/errors';
import { createBackend, type Backend } from '../backend/create-backend';
import { lockHolder } from '../backend/data-lock';
import { consoleLogger, silentLogger } from '../backend/logger';
import { defaultDataDir } from '../backend/paths';
import type { Actor } from '../commands/run-command';
import { restoreDatabase, writeBackup } from '../features/backups/backup-files';
import { generateDemo } from '../features/demo/generate';
import { HEMIS_HELP, runHemisCli } from '../features/hemis/cli';
import { importStudents } from '../features/students/import/import-students';
import { checkDatabase } from '../features/system/check';
import { startHttpBridge } from '../transport/http-bridge';
import { intOption, parseArgs, stringOption, type ParsedArgs } from './args';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');

const HELP = `Registrator — registrar's office app

Usage: npx registrator <command> [options]

  serve [--port P] [--host H]          serve the app over the local HTTP bridge (browser mode)
  demo [--students N] [--seed S]       fill the database with a demo institution (default 2000 students)
  users add --login L --role R [--full-name F] --password-stdin
                                       add a user; roles: ${ROLES.join(', ')}
  backup [--out FILE]                  write a verified backup of the database
  restore FILE                         replace the database with a backup (the current one is kept aside)
  check [--json]                       verify PRAGMA integrity_check and the audit hash chain
  students import FILE [--dry-run] [--json] [--lang uz-Latn|uz-Cyrl|ru|en]
                                       import students from .xlsx or .csv (rows numbered as in the sheet)
  students search "QUERY" [--limit N] [--json]
                                       find students by name (any script, apostrophe, spelling), PINFL,
                                       passport, phone, student id or group
${HEMIS_HELP}
${DOCUMENTS_HELP}

Every command takes --data-dir D (or REGISTRATOR_DATA_DIR); default: ${defaultDataDir()}
`;

function dataDirOf(args: ParsedArgs): string {
  const given = stringOption(args, 'data-dir');
  return resolve(given ?? defaultDataDir());
}

function cliActor(): Actor {
  return { id: null, login: `cli:${userInfo().username}`, kind: 'cli' };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function open(args: ParsedArgs, quiet = true): Backend {
  return createBackend({ dataDir: dataDirOf(args), autoBackup: false, logger: quiet ? silentLogger : consoleLogger });
}

/** Builds the renderer once if it is missing, so `serve` works straight after `npm ci`. */
export function ensureRendererBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  console.log('Building the user interface (first run only)…');
  const result = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.renderer.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('building the user interface failed');
}

async function serve(args: ParsedArgs): Promise<number> {
  const port = intOption(args, 'port', 5180);
  const host = stringOption(args, 'host') ?? '127.0.0.1';
  if (!args.options['no-build']) ensureRendererBuilt();
  const backend = createBackend({ dataDir: dataDirOf(args), logger: consoleLogger });
  let bridge: Awaited<ReturnType<typeof startHttpBridge>>;
  try {
    bridge = await startHttpBridge({ backend, port, host, staticDir: RENDERER_DIR });
  } catch (err) {
    // e.g. the port is taken: release the database and its lock before reporting.
    await backend.close();
    throw err;
  }
  console.log(`Registrator ${backend.services.appVersion} is running at ${bridge.url}`);
  console.log(`Data folder: ${dataDirOf(args)}`);
  if (args.options.reason) console.log(String(args.options.reason));
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await bridge.close();
  await backend.close();
  return 0;
}

async function demo(args: ParsedArgs): Promise<number> {
  const students = intOption(args, 'students', 2000);
  const seed = intOption(args, 'seed', 20261128);
  const backend = open(args);
  const { services } = backend;
  const started = Date.now();
  const job = services.jobs.start('demo', null, (ctx) =>
    generateDemo(services, cliActor(), { students, seed, batchSize: intOption(args, 'batch-size', 5000) }, ctx),
  );
  const off = backend.events.on('jobs.progress', (p) => {
    const info = p as { id: string; done: number; total: number };
    if (info.id === job.id && info.total > 0) process.stderr.write(`\rdemo: ${info.done}/${info.total} students`);
  });
  const cancel = () => services.jobs.cancel(job.id);
  process.once('SIGINT', cancel);
  try {
    const summary = await job.done.finally(() => process.stderr.write('\n'));
    console.log(
      `Demo institution ready: ${summary.faculties} faculties, ${summary.specialties} specialties, ${summary.groups} groups, ${summary.students} students in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    off();
    process.off('SIGINT', cancel);
    await backend.close();
  }
}

async function usersAdd(args: ParsedArgs): Promise<number> {
  const login = stringOption(args, 'login');
  const role = stringOption(args, 'role') as Role | undefined;
  if (!login || !role) throw new Error('users add needs --login and --role');
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  if (!args.options['password-stdin'])
    throw new Error('users add reads the password from standard input: pass --password-stdin');
  const password = (await readStdin()).replace(/\r?\n$/, '');
  const backend = open(args);
  try {
    const token = backend.cliSession(userInfo().username);
    const result = await backend.dispatch(
      'users.create',
      { login, role, password, fullName: stringOption(args, 'full-name') ?? login },
      token,
    );
    if (!result.ok) {
      const issues = result.error.details?.issues?.map((i) => `${i.path}: ${i.key}`).join(', ');
      throw new Error(`${result.error.message}${issues ? ` (${issues})` : ''}`);
    }
    console.log(`User ${login} (${role}) created.`);
    return 0;
  } finally {
    await backend.close();
  }
}

async function backup(args: ParsedArgs): Promise<number> {
  const backend = open(args);
  try {
    const out = stringOption(args, 'out');
    const { store, clock } = backend.services;
    const info = writeBackup(store.reader, store.backupDir, 'cli', clock.now(), out ? resolve(out) : undefined);
    console.log(
      `Backup written: ${out ? resolve(out) : join(store.backupDir, info.fileName)} (${info.sizeBytes} bytes, verified)`,
    );
    return 0;
  } finally {
    await backend.close();
  }
}

async function restore(args: ParsedArgs): Promise<number> {
  const file = args.positional[1];
  if (!file) throw new Error('restore needs the backup file: npx registrator restore FILE');
  const dataDir = dataDirOf(args);
  const holder = lockHolder(dataDir);
  if (holder !== null) throw new Error(`The app is running on this data folder (process ${holder}); close it first.`);
  const { setAside } = restoreDatabase(dataDir, resolve(file), new Date());
  console.log(`Restored ${resolve(file)}.${setAside ? ` The previous database was kept as backups/${setAside}.` : ''}`);
  // Opening once applies any pending migrations of an older backup (with its own safety copy).
  const backend = open(args);
  await backend.close();
  return 0;
}

async function check(args: ParsedArgs): Promise<number> {
  const backend = open(args);
  try {
    const report = checkDatabase(backend.services.store.reader, backend.services.store.dataDir);
    if (args.options.json) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(`integrity_check: ${report.integrity.length === 0 ? 'ok' : report.integrity.join('; ')}`);
      console.log(
        report.audit.ok
          ? `audit chain: ok (${report.audit.entries} entries, head ${report.audit.headHash ?? '-'})`
          : `audit chain: BROKEN at entry ${report.audit.firstBreakSeq}: ${report.audit.problem}`,
      );
    }
    return report.ok ? 0 : 1;
  } finally {
    await backend.close();
  }
}

async function studentsSearch(args: ParsedArgs): Promise<number> {
  const query = args.positional[2];
  if (query === undefined) throw new Error('students search needs a query: npx registrator students search "Joʻrayev"');
  const backend = open(args);
  try {
    const res = await backend.dispatch(
      'students.search',
      { query, limit: intOption(args, 'limit', 20) },
      backend.cliSession(userInfo().username),
    );
    if (!res.ok) throw new Error(res.error.message);
    const { items } = res.data as { items: Record<string, unknown>[] };
    if (args.options.json) {
      console.log(JSON.stringify(items, null, 2));
    } else if (items.length === 0) {
      console.log('No students found.');
    } else {
      for (const s of items) {
        console.log(
          [
            s.studentIdNumber ?? '-',
            `${String(s.lastName)} ${String(s.firstName)} ${String(s.patronymic)}`.trim(),
            s.group ?? '-',
            `status ${String(s.status)}`,
            s.match,
          ].join('  |  '),
        );
      }
    }
    return 0;
  } finally {
    await backend.close();
  }
}

async function studentsImport(args: ParsedArgs): Promise<number> {
  const file = args.positional[2];
  if (!file) throw new Error('students import needs a file: npx registrator students import talabalar.xlsx');
  const lang = (stringOption(args, 'lang') ?? 'uz-Latn') as Locale;
  if (!LOCALES.includes(lang)) throw new Error(`--lang must be one of ${LOCALES.join(', ')}`);
  const data = readFileSync(resolve(file));
  const backend = open(args);
  const { services } = backend;
  try {
    const job = services.jobs.start('students.import', null, (ctx) =>
      importStudents(
        services,
        cliActor(),
        { data, fileName: basename(file) },
        { dryRun: args.options['dry-run'] === true, locale: lang },
        ctx,
      ),
    );
    const off = backend.events.on('jobs.progress', (p) => {
      const info = p as { id: string; done: number };
      if (info.id === job.id && !args.options.json) process.stderr.write(`\rimport: ${info.done} rows`);
    });
    const result = await job.done.finally(() => {
      off();
      if (!args.options.json) process.stderr.write('\n');
    });
    const report = {
      imported: result.imported,
      updated: result.updated,
      unchanged: result.unchanged,
      rejected: result.rejected.map((r) => ({ row: r.row, errors: r.errors })),
      warnings: result.warnings.map((w) => ({ row: w.row, message: w.message })),
    };
    if (args.options.json) console.log(JSON.stringify(report));
    else {
      console.log(
        `${result.dryRun ? 'Dry run: ' : ''}${report.imported} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected (${result.rows} rows)`,
      );
      for (const r of report.rejected.slice(0, 50)) console.log(`  row ${r.row}: ${r.errors.join('; ')}`);
    }
    return 0;
  } finally {
    await backend.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [command, sub] = args.positional;
  try {
    switch (command) {
      case 'serve':
        return await serve(args);
      case 'demo':
        return await demo(args);
      case 'users':
        if (sub === 'add') return await usersAdd(args);
        break;
      case 'backup':
        return await backup(args);
      case 'restore':
        return await restore(args);
      case 'check':
        return await check(args);
      case 'students':
        if (sub === 'search') return await studentsSearch(args);
        if (sub === 'import') return await studentsImport(args);
        break;
      case 'documents': {
        const code = await runDocumentsCli(sub, args, { open: (a) => open(a) });
        if (code !== null) return code;
        break;
      }
      case 'hemis': {
        const code = await runHemisCli(sub, args, { open: (a) => open(a), actor: cliActor, readStdin });
        if (code !== null) return code;
        break;
      }
      case 'version':
      case '--version':
        console.log((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
        return 0;
      case undefined:
      case 'help':
        console.log(HELP);
        return 0;
    }
    console.error(`Unknown command: ${argv.join(' ')}\n\n${HELP}`);
    return 2;
  } catch (err) {
    console.error(`registrator: ${err instanceof AppError || err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
