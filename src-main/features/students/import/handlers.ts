import type { Locale } from '../../../../src-shared/contract/common';
import type { ImportResultInfo } from '../../../../src-shared/contract/students';
import { findUserById } from '../../users/repo';
import { foldName } from '../../../../src-shared/domain/search-key';
import { detectHeaderMapping, type StudentImportField } from '../../../../src-shared/domain/student-headers';
import { AppError } from '../../../../src-shared/errors';
import { translate } from '../../../../src-shared/i18n';
import type { HandlerContext, HandlersOf } from '../../../backend/context';
import type { Store } from '../../../db/store';
import { writeXlsx } from '../../exports/xlsx';
import { readMeta } from '../../system/settings';
import { importStudents, type ImportResult } from './import-students';
import { readSheet, type Cell } from './read-sheet';
import { findHeader, textOf } from './sheet-values';

const PRESETS_KEY = 'import.presets';
const KEEP_REPORTS = 10;
const LIST_CAP = 1000;

/** Finished import reports by job id (the newest few), for the result view and the .xlsx download. */
const reports = new WeakMap<Store, Map<string, ImportResult>>();

function reportsOf(store: Store): Map<string, ImportResult> {
  let m = reports.get(store);
  if (!m) {
    m = new Map();
    reports.set(store, m);
  }
  return m;
}

/** The signed-in user's language: messages inside a report are written in it. */
function localeOf(ctx: HandlerContext): Locale {
  const user = ctx.session ? findUserById(ctx.store.db, ctx.session.userId) : undefined;
  return (user?.locale as Locale | undefined) ?? 'uz-Latn';
}

function decode(data: string): Buffer {
  return Buffer.from(data, 'base64');
}

function summary(r: ImportResult): ImportResultInfo {
  return {
    fileName: r.fileName,
    dryRun: r.dryRun,
    rows: r.rows,
    imported: r.imported,
    updated: r.updated,
    unchanged: r.unchanged,
    rejectedCount: r.rejected.length,
    warningCount: r.warnings.length,
    rejected: r.rejected.slice(0, LIST_CAP),
    warnings: r.warnings.slice(0, LIST_CAP),
    headerRow: r.headerRow,
    columns: r.columns,
  };
}

function findReport(ctx: HandlerContext, jobId: string): ImportResult {
  const r = reportsOf(ctx.store).get(jobId);
  if (r) return r;
  const job = ctx.jobs.get(jobId);
  if (job?.state === 'failed' || job?.state === 'cancelled') {
    throw new AppError('CONFLICT', 'error.importFailed', job.error ?? 'The import did not finish', {
      params: { error: job.error ?? '' },
    });
  }
  throw new AppError('NOT_FOUND', 'error.jobNotFound', `No import report for job ${jobId}`);
}

/** Rows of the whole report (rejected rows and warnings), one line per problem, for the .xlsx. */
function* reportRows(r: ImportResult) {
  for (const rej of r.rejected) {
    for (const issue of rej.issues) {
      yield {
        row: rej.row,
        kind: 'error',
        column: issue.column ?? issue.field,
        message: rej.errors[rej.issues.indexOf(issue)],
      };
    }
  }
  for (const w of r.warnings) yield { row: w.row, kind: 'warning', column: w.field, message: w.message };
}

export const importHandlers: HandlersOf<
  | 'students.importPreview'
  | 'students.import'
  | 'students.importResult'
  | 'students.importReport'
  | 'students.importPresets'
  | 'students.saveImportPreset'
> = {
  'students.importPreview': async (input) => {
    const rows: { row: number; cells: Cell[] }[] = [];
    for await (const r of readSheet(decode(input.data), input.fileName)) {
      rows.push(r);
      if (rows.length >= 15) break;
    }
    const found = findHeader(rows.slice(0, 10));
    const index = found?.index ?? 0;
    const header = rows[index];
    const headers = (header?.cells ?? []).map((c) => textOf(c));
    const mapping = found?.mapping ?? detectHeaderMapping(headers);
    return {
      headerRow: header?.row ?? 1,
      columns: headers.map((h, index) => ({ index, header: h, field: mapping.columns[index] ?? null })),
      sample: rows.slice(index + 1, index + 6),
    };
  },

  'students.import': (input, ctx) => {
    const actor = ctx.actor;
    const locale = localeOf(ctx);
    const mapping = input.mapping
      ? (Object.fromEntries(Object.entries(input.mapping).map(([k, v]) => [Number(k), v])) as Record<
          number,
          StudentImportField
        >)
      : undefined;
    const data = decode(input.data);
    const { id } = ctx.jobs.start('students.import', ctx.session?.userId ?? null, async (job) => {
      const result = await importStudents(
        ctx,
        actor,
        { data, fileName: input.fileName },
        { dryRun: input.dryRun, mapping, locale, headerRow: input.headerRow },
        job,
      );
      const store = reportsOf(ctx.store);
      store.set(id, result);
      while (store.size > KEEP_REPORTS) store.delete(store.keys().next().value as string);
      return {
        rows: result.rows,
        imported: result.imported,
        updated: result.updated,
        rejected: result.rejected.length,
      };
    });
    return { jobId: id };
  },

  'students.importResult': (input, ctx) => summary(findReport(ctx, input.jobId)),

  'students.importReport': async (input, ctx) => {
    const r = findReport(ctx, input.jobId);
    const locale = localeOf(ctx);
    const t = (key: string) => translate(locale, key);
    const data = await writeXlsx([
      {
        name: t('import.report.sheet'),
        columns: [
          { key: 'row', header: t('import.report.row'), width: 8 },
          { key: 'kind', header: t('import.report.kind'), width: 14 },
          { key: 'column', header: t('import.report.column'), width: 24 },
          { key: 'message', header: t('import.report.message'), width: 80 },
        ],
        rows: [...reportRows(r)].map((x) => ({ ...x, kind: t(`import.report.${x.kind}`) })),
      },
    ]);
    const base = r.fileName.replace(/\.[^.]+$/, '');
    return { fileName: `${base}-report.xlsx`, data: data.toString('base64') };
  },

  'students.importPresets': (_input, ctx) => JSON.parse(readMeta(ctx.store.db, PRESETS_KEY) ?? '[]'),

  'students.saveImportPreset': (input, ctx) =>
    ctx.command((w) => {
      const current = JSON.parse(readMeta(w.db, PRESETS_KEY) ?? '[]') as {
        name: string;
        mapping: Record<string, string>;
      }[];
      const mapping = Object.fromEntries(Object.entries(input.mapping).map(([h, f]) => [foldName(h), f]));
      const next = [...current.filter((p) => p.name !== input.name), { name: input.name, mapping }].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      w.setMeta(PRESETS_KEY, JSON.stringify(next));
      return next as never;
    }),
};
