import { userInfo } from 'node:os';
import {
  HEMIS_ACADEMIC_ROWS,
  type HemisAcademicRow,
  type HemisCounts,
  type HemisPullResult,
} from '../../../src-shared/contract/hemis';
import { translate } from '../../../src-shared/i18n';
import type { Backend } from '../../backend/create-backend';
import type { Actor } from '../../commands/run-command';
import type { ParsedArgs } from '../../cli/args';
import { stringOption } from '../../cli/args';
import { startHemisPull } from './pull';

export const HEMIS_HELP = `  hemis set --url URL --token-stdin    store the OTM's HEMIS REST address and API token (read from stdin)
  hemis test [--json]                  call HEMIS once with the stored address and token
  hemis pull [--since YYYY-MM-DD] [--full] [--json]
                                       mirror structure and students from HEMIS (default: changes since
                                       the last pull); progress on stderr, summary on stdout`;

export interface HemisCliDeps {
  open(args: ParsedArgs): Backend;
  actor(): Actor;
  readStdin(): Promise<string>;
}

function failure(error: { message: string; details?: { issues?: { path: string; key: string }[] } }): Error {
  const issues = error.details?.issues?.map((i) => `${i.path}: ${i.key}`).join(', ');
  return new Error(`${error.message}${issues ? ` (${issues})` : ''}`);
}

async function set(args: ParsedArgs, deps: HemisCliDeps): Promise<number> {
  const url = stringOption(args, 'url');
  const tokenStdin = args.options['token-stdin'] === true;
  if (url === undefined && !tokenStdin) {
    throw new Error('hemis set needs --url URL and/or --token-stdin (the token is read from standard input)');
  }
  const token = tokenStdin ? (await deps.readStdin()).trim() : undefined;
  if (tokenStdin && !token) throw new Error('no token on standard input');
  const backend = deps.open(args);
  try {
    const res = await backend.dispatch(
      'hemis.updateSettings',
      { ...(url !== undefined ? { url } : {}), ...(token ? { token } : {}) },
      backend.cliSession(userInfo().username),
    );
    if (!res.ok) throw failure(res.error);
    const store = backend.services.secretStore.describe();
    console.log(
      [
        url !== undefined ? 'HEMIS address saved.' : '',
        token ? `Token stored (${store.kind === 'os' ? 'OS keychain' : 'encrypted file, readable only by you'}).` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    return 0;
  } finally {
    await backend.close();
  }
}

async function test(args: ParsedArgs, deps: HemisCliDeps): Promise<number> {
  const backend = deps.open(args);
  try {
    const res = await backend.dispatch('hemis.testConnection', {}, backend.cliSession(userInfo().username));
    if (!res.ok) throw failure(res.error);
    const r = res.data as { ok: boolean; status: number | null; errorKey: string | null; tookMs: number };
    if (args.options.json) console.log(JSON.stringify(r, null, 2));
    else if (r.ok) console.log(`HEMIS answers (${r.tookMs} ms).`);
    else console.log(`HEMIS test failed: ${translate('en', r.errorKey ?? '')}${r.status ? ` (HTTP ${r.status})` : ''}`);
    return r.ok ? 0 : 1;
  } finally {
    await backend.close();
  }
}

const ACADEMIC_NAMES: Record<HemisAcademicRow, string> = {
  markingSystems: 'marking systems',
  employees: 'employees',
  educationYears: 'academic years',
  curricula: 'curricula',
  semesters: 'semesters',
  subjects: 'subjects',
  curriculumSubjects: 'curriculum subjects',
};

function summaryLines(r: HemisPullResult, seconds: number): string[] {
  const c = (name: string, x: HemisCounts) =>
    `${name}: ${x.created} new, ${x.updated} updated, ${x.unchanged} unchanged, ${x.rejected} rejected`;
  return [
    `HEMIS pull ${r.mode === 'full' ? '(full)' : `(changes since ${r.since ?? '-'})`}${r.resumed ? ', resumed' : ''}: ${r.pages} pages, ${r.requests} requests in ${seconds.toFixed(1)} s`,
    c('departments', r.departments),
    c('specialties', r.specialties),
    c('groups', r.groups),
    // Not counted by a pull an older version started (and this one resumed): left out, not shown as zeros.
    ...HEMIS_ACADEMIC_ROWS.flatMap((k) => {
      const x = r[k];
      return x ? [c(ACADEMIC_NAMES[k], x)] : [];
    }),
    c('students', r.students),
    ...r.rejectedRows.map(
      (x) =>
        `  rejected HEMIS id ${x.hemisId ?? '-'} ${x.studentIdNumber ?? ''} ${x.name}: ${x.issues.map((i) => `${i.path} ${translate('en', i.key, i.params)}`).join('; ')}`,
    ),
  ];
}

async function pull(args: ParsedArgs, deps: HemisCliDeps): Promise<number> {
  const since = stringOption(args, 'since');
  if (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since)) throw new Error('--since needs a date: YYYY-MM-DD');
  const backend = deps.open(args);
  const { services } = backend;
  const started = Date.now();
  let off = () => {};
  const cancel = () => job && services.jobs.cancel(job.id);
  let job: ReturnType<typeof startHemisPull> | undefined;
  try {
    job = startHemisPull(services, deps.actor(), { since, full: args.options.full === true }, null);
    const id = job.id;
    off = backend.events.on('jobs.progress', (p) => {
      const info = p as { id: string; done: number; total: number; step: string };
      if (info.id !== id) return;
      const counts = info.total > 0 ? ` ${info.done}/${info.total}` : '';
      process.stderr.write(`\rhemis: ${translate('en', info.step)}${counts}\u001b[K`);
    });
    process.once('SIGINT', cancel);
    const result = await job.done.finally(() => process.stderr.write('\n'));
    const seconds = (Date.now() - started) / 1000;
    if (args.options.json) console.log(JSON.stringify({ ...result, seconds }, null, 2));
    else for (const line of summaryLines(result, seconds)) console.log(line);
    return 0;
  } finally {
    off();
    process.off('SIGINT', cancel);
    await backend.close();
  }
}

/** `registrator hemis <sub>`; null when `sub` is not a hemis command. */
export async function runHemisCli(
  sub: string | undefined,
  args: ParsedArgs,
  deps: HemisCliDeps,
): Promise<number | null> {
  switch (sub) {
    case 'set':
      return set(args, deps);
    case 'test':
      return test(args, deps);
    case 'pull':
      return pull(args, deps);
    default:
      return null;
  }
}
