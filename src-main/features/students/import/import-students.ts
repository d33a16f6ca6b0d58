import type { Locale } from '../../../../src-shared/contract/common';
import { foldName } from '../../../../src-shared/domain/search-key';
import {
  detectHeaderMapping,
  type HeaderMapping,
  type StudentImportField,
} from '../../../../src-shared/domain/student-headers';
import {
  checkStudent,
  STUDENT_DRAFT_FIELDS,
  type StudentDraft,
} from '../../../../src-shared/domain/student-validation';
import { AppError, type FieldIssue } from '../../../../src-shared/errors';
import { translate } from '../../../../src-shared/i18n';
import type { Services } from '../../../backend/context';
import { runCommand, type Actor } from '../../../commands/run-command';
import type { Writer } from '../../../commands/writer';
import type { Sqlite } from '../../../db/connection';
import type { JobContext } from '../../../jobs/job-runner';
import { type students } from '../../registry/schema';
import { citizenshipCode, classifierCode, courseOf, type ClassifierName } from './classifiers';
import { excelSerialToIso, readSheet, type SheetRow } from './read-sheet';
import { upsertBatch, type PreparedRow } from './upsert';
import { findHeader, loadGroups, splitFullName, textOf, type GroupInfo } from './sheet-values';

export interface ImportOptions {
  dryRun: boolean;
  /** Column index → field, when the user corrected the detected mapping. */
  mapping?: Record<number, StudentImportField>;
  /** The sheet row to use as the header (the one the preview showed); detected when absent. */
  headerRow?: number;
  locale: Locale;
  batchSize?: number;
}

export interface RowReport {
  row: number;
  /** Messages as shown to people, in the requested language: `Column: problem`. */
  errors: string[];
  issues: { field: string; column: string | null; key: string; params?: Record<string, string | number> }[];
}

export interface WarningReport {
  row: number;
  message: string;
  field: string;
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
}

export interface ImportResult {
  fileName: string;
  dryRun: boolean;
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: RowReport[];
  warnings: WarningReport[];
  headerRow: number;
  columns: { index: number; header: string; field: StudentImportField | null }[];
}

type StudentInsert = typeof students.$inferInsert;
const HEADER_SEARCH_ROWS = 10;
const DEFAULT_BATCH = 1000;

class ImportRun {
  readonly result: ImportResult;
  private readonly pinflSeen = new Map<string, { row: number; name: string }>();
  private readonly idSeen = new Map<string, { row: number; name: string }>();
  private readonly columnOfField = new Map<string, string>();
  private readonly mappedColumns: [number, StudentImportField][];

  constructor(
    private readonly mapping: HeaderMapping,
    headers: string[],
    headerRow: number,
    private readonly groups: Map<string, GroupInfo>,
    private readonly opts: ImportOptions & { today: string; fileName: string },
  ) {
    this.result = {
      fileName: opts.fileName,
      dryRun: opts.dryRun,
      rows: 0,
      imported: 0,
      updated: 0,
      unchanged: 0,
      rejected: [],
      warnings: [],
      headerRow,
      columns: headers.map((header, index) => ({ index, header, field: mapping.columns[index] ?? null })),
    };
    for (const [index, field] of Object.entries(mapping.columns))
      this.columnOfField.set(field, headers[Number(index)] ?? field);
    this.mappedColumns = Object.entries(mapping.columns).map(
      ([i, f]) => [Number(i), f] as [number, StudentImportField],
    );
  }

  private message(issue: FieldIssue): string {
    const column = this.columnOf(issue.path);
    const text = translate(this.opts.locale, issue.key, issue.params);
    return column ? `${column}: ${text}` : text;
  }

  private columnOf(field: string): string | null {
    const direct = this.columnOfField.get(field);
    if (direct) return direct;
    // Name parts typed in a Cyrillic column, or split from a full-name column.
    const base = field.replace(/Cyr$|Lat$/, '');
    return (
      this.columnOfField.get(`${base}Lat`) ??
      this.columnOfField.get(`${base}Cyr`) ??
      this.columnOfField.get('fullName') ??
      null
    );
  }

  reject(row: number, issues: FieldIssue[]): void {
    this.result.rejected.push({
      row,
      errors: issues.map((i) => this.message(i)),
      issues: issues.map((i) => ({ field: i.path, column: this.columnOf(i.path), key: i.key, params: i.params })),
    });
  }

  warn(row: number, issues: FieldIssue[]): void {
    for (const i of issues) {
      this.result.warnings.push({
        row,
        message: this.message(i),
        field: i.path,
        column: this.columnOf(i.path),
        key: i.key,
        ...(i.params ? { params: i.params } : {}),
      });
    }
  }

  /** Validates one row into the values to write; null when rejected (reported). */
  prepare(sheetRow: SheetRow): PreparedRow | null {
    const get = new Map<StudentImportField, string>();
    for (const [index, field] of this.mappedColumns) {
      const cell = sheetRow.cells[index];
      // A number in the birth-date column is an Excel date serial (styles are not read).
      const value =
        field === 'birthDate' && typeof cell === 'number' ? (excelSerialToIso(cell) ?? textOf(cell)) : textOf(cell);
      if (value !== '') get.set(field, value);
    }
    if (get.size === 0) return null;
    this.result.rows++;
    const draft: StudentDraft = {};
    for (const f of STUDENT_DRAFT_FIELDS) {
      const v = get.get(f);
      if (v !== undefined) draft[f] = v;
    }
    const full = get.get('fullName');
    if (full && !draft.lastNameLat && !draft.lastNameCyr) {
      const [last, first, patronymic] = splitFullName(full);
      Object.assign(draft, { lastNameLat: last, firstNameLat: first, patronymicLat: patronymic });
    }
    const citizenship = get.get('citizenship');
    if (citizenship !== undefined) draft.citizenship = citizenshipCode(citizenship);
    const check = checkStudent(draft, this.opts.today);
    const errors = [...check.errors];
    const warnings = check.warnings.filter((w) => w.key !== 'warning.transliterated');
    const s = check.student;
    const name = foldName(`${s.lastNameLat} ${s.firstNameLat} ${s.patronymicLat}`);

    if (s.pinfl) {
      const seen = this.pinflSeen.get(s.pinfl);
      if (seen && seen.name !== name)
        errors.push({ path: 'pinfl', key: 'validation.pinflRepeatedInFile', params: { row: seen.row } });
      else if (seen) {
        // The same person twice in one file: the first row counts, this one is only noted.
        this.warn(sheetRow.row, [{ path: 'pinfl', key: 'warning.rowRepeated', params: { row: seen.row } }]);
        this.result.unchanged++;
        return null;
      } else this.pinflSeen.set(s.pinfl, { row: sheetRow.row, name });
    }
    const studentIdNumber = get.get('studentIdNumber') ?? null;
    if (studentIdNumber) {
      if (!/^[0-9A-Za-z-]{1,20}$/.test(studentIdNumber))
        errors.push({ path: 'studentIdNumber', key: 'validation.invalidFormat' });
      const seen = this.idSeen.get(studentIdNumber);
      if (seen && seen.name !== name)
        errors.push({ path: 'studentIdNumber', key: 'validation.idRepeatedInFile', params: { row: seen.row } });
      else if (!seen) this.idSeen.set(studentIdNumber, { row: sheetRow.row, name });
    }
    if (s.pinfl && check.warnings.some((w) => w.key === 'warning.pinflCheckDigit')) {
      // Accepting a failed check digit is a head's decision on the card, never a bulk one.
      errors.push({ path: 'pinfl', key: 'warning.pinflCheckDigit' });
    }
    const values: Partial<StudentInsert> = {};
    const filled: Partial<StudentInsert> = {};
    const nameFields = [
      'lastNameLat',
      'firstNameLat',
      'patronymicLat',
      'lastNameCyr',
      'firstNameCyr',
      'patronymicCyr',
    ] as const;
    for (const f of nameFields) {
      const fromFile =
        (f.endsWith('Lat') && (draft[f] !== undefined || full !== undefined) && check.transliterated !== 'latin') ||
        (f.endsWith('Cyr') && check.transliterated !== 'cyrillic');
      if (s[f] === '') continue;
      if (fromFile) values[f] = s[f];
      else filled[f] = s[f];
    }
    for (const f of ['lastNamePassport', 'firstNamePassport'] as const) if (draft[f] !== undefined) values[f] = s[f];
    if (draft.pinfl !== undefined) values.pinfl = s.pinfl;
    if (draft.passport !== undefined) values.passport = s.passport;
    if (s.birthDate && (draft.birthDate !== undefined || draft.pinfl !== undefined)) values.birthDate = s.birthDate;
    if (s.gender && (draft.gender !== undefined || draft.pinfl !== undefined)) values.gender = s.gender;
    if (draft.citizenship !== undefined) values.citizenship = s.citizenship;
    if (draft.phone !== undefined) values.phone = s.phone;
    if (draft.email !== undefined) values.email = s.email;
    if (studentIdNumber) values.studentIdNumber = studentIdNumber;
    const hemisId = get.get('hemisId');
    if (hemisId !== undefined) {
      if (/^\d{1,12}$/.test(hemisId)) values.hemisId = Number(hemisId);
      else warnings.push({ path: 'hemisId', key: 'validation.invalidFormat' });
    }
    const address = get.get('address');
    if (address !== undefined) values.address = address.slice(0, 500);
    for (const [field, column] of [
      ['educationForm', 'educationForm'],
      ['educationType', 'educationType'],
      ['paymentForm', 'paymentForm'],
      ['status', 'status'],
    ] as const) {
      const raw = get.get(column);
      if (raw === undefined) continue;
      const code = classifierCode(field as ClassifierName, raw);
      if (code) values[field] = code;
      else warnings.push({ path: field, key: 'warning.unknownClassifier', params: { value: raw } });
    }
    const course = get.get('course');
    if (course !== undefined) {
      const n = courseOf(course);
      if (n) values.course = n;
      else warnings.push({ path: 'course', key: 'warning.unknownClassifier', params: { value: course } });
    }
    const year = get.get('yearOfEnter');
    if (year !== undefined) {
      const y = Number(year);
      if (Number.isInteger(y) && y >= 1950 && y <= Number(this.opts.today.slice(0, 4))) values.yearOfEnter = y;
      else errors.push({ path: 'yearOfEnter', key: 'validation.invalidValue' });
    }
    const groupName = get.get('group');
    if (groupName !== undefined) {
      const g = this.groups.get(groupName.replace(/\s+/g, '').toUpperCase());
      if (!g) warnings.push({ path: 'group', key: 'warning.groupNotFound', params: { group: groupName } });
      else
        Object.assign(values, {
          groupId: g.id,
          departmentId: g.departmentId,
          specialtyId: g.specialtyId,
          course: values.course ?? g.course,
          educationForm: values.educationForm ?? g.educationForm,
          educationLang: g.educationLang,
          educationType: values.educationType ?? g.educationType,
        });
    }
    if (errors.length > 0) {
      this.reject(sheetRow.row, errors);
      return null;
    }
    return { row: sheetRow.row, values, filled, warnings };
  }

  applyBatch(db: Sqlite, w: Writer | null, batch: PreparedRow[], now: string): void {
    upsertBatch(db, w, batch, now, this);
  }
}

/**
 * Imports students from an .xlsx or .csv (issue 3): header auto-detection (or the user's
 * mapping), validation per row, upsert by HEMIS id, PINFL, then student id number; rejected rows
 * are reported and never written; good rows are written in batch commands, so a crash or cancel
 * leaves whole batches and a re-run of the same file changes nothing more.
 */
export async function importStudents(
  services: Services,
  actor: Actor,
  source: { data: Buffer; fileName: string },
  opts: ImportOptions,
  job: JobContext,
): Promise<ImportResult> {
  const today = services.clock.now().toISOString().slice(0, 10);
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const rows = readSheet(source.data, source.fileName);
  const head: SheetRow[] = [];
  let run: ImportRun | null = null;
  let batch: PreparedRow[] = [];
  let batchNo = 0;
  const groups = loadGroups(services.store.reader);
  const approxTotal = Math.max(1, Math.round(source.data.length / 60));

  const flush = async () => {
    if (!run || batch.length === 0) return;
    const current = batch;
    batch = [];
    batchNo++;
    job.throwIfCancelled();
    if (opts.dryRun) run.applyBatch(services.store.reader, null, current, services.clock.now().toISOString());
    else {
      const r = run;
      runCommand(
        services.store,
        services.clock,
        actor,
        'students.import',
        { file: source.fileName, batch: batchNo, rows: current.length, firstRow: current[0]?.row ?? 0 },
        (w) => r.applyBatch(w.sqlite, w, current, w.now),
      );
    }
    job.progress(run.result.rows, Math.max(approxTotal, run.result.rows), 'import.step.rows');
    await job.yield();
  };

  for await (const sheetRow of rows) {
    if (!run) {
      head.push(sheetRow);
      if (head.length < HEADER_SEARCH_ROWS) continue;
      run = startRun(head);
      for (const r of head) addRow(r);
      continue;
    }
    addRow(sheetRow);
    if (batch.length >= batchSize) await flush();
  }
  if (!run) {
    run = startRun(head);
    for (const r of head) addRow(r);
  }
  await flush();
  job.progress(run.result.rows, run.result.rows, 'import.step.done');
  return run.result;

  function startRun(firstRows: SheetRow[]): ImportRun {
    const chosen = opts.headerRow !== undefined ? firstRows.findIndex((r) => r.row === opts.headerRow) : -1;
    const found =
      chosen >= 0
        ? { index: chosen, mapping: detectHeaderMapping(firstRows[chosen]!.cells.map(textOf)) }
        : findHeader(firstRows);
    if (!found && !opts.mapping) {
      throw new AppError('VALIDATION', 'error.importNoHeader', 'No header row with known column names was found', {
        params: { file: source.fileName },
      });
    }
    const index = found?.index ?? 0;
    const headerCells = (firstRows[index]?.cells ?? []).map((c) => textOf(c));
    const mapping: HeaderMapping = opts.mapping
      ? { columns: opts.mapping, unknown: [], duplicates: [] }
      : (found?.mapping as HeaderMapping);
    const r = new ImportRun(mapping, headerCells, firstRows[index]?.row ?? 1, groups, {
      ...opts,
      today,
      fileName: source.fileName,
    });
    return r;
  }

  function addRow(sheetRow: SheetRow): void {
    if (!run || sheetRow.row <= run.result.headerRow) return;
    const prepared = run.prepare(sheetRow);
    if (prepared) batch.push(prepared);
  }
}
