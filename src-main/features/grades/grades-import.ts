import type { Locale } from '../../../src-shared/contract/common';
import type { GradesImportResult } from '../../../src-shared/contract/grades';
import { parseGradeCell, resolveGrade, type GradeInput } from '../../../src-shared/domain/grades-entry';
import {
  detectGradeColumns,
  educationYearOf,
  isGradeHeader,
  semesterCodeOf,
  type GradeImportField,
} from '../../../src-shared/domain/grades-headers';
import { isDebt } from '../../../src-shared/domain/grading';
import { foldName } from '../../../src-shared/domain/search-key';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { JobContext } from '../../jobs/job-runner';
import { academicRecords } from '../academic/schema';
import { readSheet, type Cell, type SheetRow } from '../students/import/read-sheet';
import { currentEntry, sameValues } from './repo';
import { loadSystems } from './systems';
import { resolveStudent, resolveSubject, type Planned } from './import-lookups';

const BATCH = 500;
const LIST_CAP = 1000;
const HEADER_SEARCH_ROWS = 10;

function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? (Number.isInteger(cell) ? cell.toFixed(0) : String(cell)) : cell.trim();
}

/**
 * The grades import (Excel or CSV): every row is checked first (student by ID number or PINFL,
 * subject in the student's curriculum, value by its marking system); a dry run stops there. The
 * real run writes the good rows in batch commands of 500, each all or nothing, so a crash or
 * cancel leaves whole batches; a re-run adds nothing for rows already recorded.
 */
export async function importGrades(
  services: Services,
  actor: Actor,
  file: { data: Buffer; fileName: string },
  opts: { dryRun: boolean; locale: Locale },
  job: JobContext,
): Promise<GradesImportResult> {
  const t = (key: string, params?: Record<string, string | number>) => translate(opts.locale, key, params);
  const result: GradesImportResult = {
    fileName: file.fileName,
    dryRun: opts.dryRun,
    rows: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    rejectedCount: 0,
    rejected: [],
  };
  const rows: SheetRow[] = [];
  for await (const r of readSheet(file.data, file.fileName)) rows.push(r);
  const headerAt = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((r) => isGradeHeader(detectGradeColumns(r.cells.map(textOf))));
  if (headerAt < 0) {
    throw new AppError(
      'VALIDATION',
      'error.gradeImportNoHeader',
      `${file.fileName}: no header row with student, subject and grade`,
      {
        params: { file: file.fileName },
      },
    );
  }
  const headers = (rows[headerAt] as SheetRow).cells.map(textOf);
  const columns = detectGradeColumns(headers);
  const cell = (r: SheetRow, f: GradeImportField) =>
    columns[f] === undefined ? null : (r.cells[columns[f] as number] ?? null);
  const text = (r: SheetRow, f: GradeImportField) => textOf(cell(r, f));
  const db = services.store.reader;
  const systemOf = loadSystems(db);
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  const data = rows.slice(headerAt + 1).filter((r) => r.cells.some((c) => textOf(c) !== ''));
  job.progress(0, data.length, 'grades.step.check');
  for (const r of data) {
    result.rows++;
    const fail = (field: GradeImportField | null, key: string, params?: Record<string, string | number>) => {
      result.rejectedCount++;
      const column = field && columns[field] !== undefined ? (headers[columns[field] as number] ?? null) : null;
      const message = t(key, params);
      if (result.rejected.length < LIST_CAP)
        result.rejected.push({ row: r.row, column, message: column ? `${column}: ${message}` : message });
    };
    const student = resolveStudent(db, text(r, 'studentIdNumber'), text(r, 'pinfl'));
    if (!student) {
      fail(columns.studentIdNumber !== undefined ? 'studentIdNumber' : 'pinfl', 'error.gradeImportStudent');
      continue;
    }
    const semesterText = text(r, 'semester');
    const semester = semesterText ? semesterCodeOf(semesterText) : null;
    if (semesterText && !semester) {
      fail('semester', 'error.gradeImportSemester');
      continue;
    }
    const found = resolveSubject(db, student, text(r, 'subjectCode'), foldName(text(r, 'subjectName')), semester);
    if ('error' in found) {
      fail(columns.subjectCode !== undefined ? 'subjectCode' : 'subjectName', found.error);
      continue;
    }
    const yearText = text(r, 'educationYear');
    const educationYear = yearText ? educationYearOf(yearText) : found.semesterYear;
    if (!educationYear) {
      fail(yearText ? 'educationYear' : null, yearText ? 'error.gradeImportYear' : 'error.gradeYearUnknown');
      continue;
    }
    const attemptText = text(r, 'attempt');
    const attempt = attemptText === '' ? 1 : Number(attemptText);
    if (![1, 2, 3].includes(attempt)) {
      fail('attempt', 'error.gradeImportAttempt');
      continue;
    }
    const valueField: GradeImportField = text(r, 'score') !== '' || columns.grade === undefined ? 'score' : 'grade';
    const parsed = parseGradeCell(cell(r, valueField));
    const system = systemOf(found.markingSystem);
    const input: GradeInput | 'invalid' | null =
      valueField === 'grade' && parsed !== null && parsed !== 'invalid' && 'score' in parsed && system.code === '12'
        ? { grade: parsed.score }
        : parsed;
    if (input === null || input === 'invalid') {
      fail(valueField, input === null ? 'error.gradeImportEmpty' : 'error.gradeImportValue');
      continue;
    }
    const value = resolveGrade(input, system);
    if (!value.ok) {
      fail(valueField, value.key, value.params);
      continue;
    }
    const key = `${student}|${found.subjectId}|${found.semester}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(null, 'error.gradeImportDuplicate', { row: earlier });
      continue;
    }
    seen.set(key, r.row);
    planned.push({
      row: r.row,
      studentId: student,
      ...found,
      educationYear,
      attempt,
      totalPoint: value.totalPoint,
      grade: value.grade,
    });
    if (result.rows % 1000 === 0) {
      job.progress(result.rows, data.length, 'grades.step.check');
      await job.yield();
    }
  }
  for (let i = 0; i < planned.length; i += BATCH) {
    job.throwIfCancelled();
    const batch = planned.slice(i, i + BATCH);
    if (opts.dryRun) count(db, batch, systemOf, result);
    else {
      runCommand(
        services.store,
        services.clock,
        actor,
        'grades.import.batch',
        { fileName: file.fileName, rows: [batch[0]?.row, batch.at(-1)?.row] },
        (w) =>
          count(w.sqlite, batch, systemOf, result, (p, replaces) => {
            if (replaces) w.update(academicRecords, replaces, { isCurrent: false });
            w.bulkInsert(academicRecords, [
              {
                id: uuidv7(Date.parse(w.now)),
                studentId: p.studentId,
                subjectId: p.subjectId,
                curriculumSubjectId: p.curriculumSubjectId,
                semester: p.semester,
                educationYear: p.educationYear,
                credit: p.credit,
                totalPoint: p.totalPoint,
                grade: p.grade,
                ratingGrade: p.ratingGrade,
                markingSystem: p.markingSystem,
                attempt: p.attempt,
                replacesId: replaces,
                reason: replaces ? `Excel: ${file.fileName}` : '',
                source: 'excel',
                isCurrent: true,
                createdBy: actor.login,
                createdAt: w.now,
              },
            ]);
          }),
      );
    }
    job.progress(
      Math.min(planned.length, i + BATCH),
      planned.length,
      opts.dryRun ? 'grades.step.check' : 'grades.step.write',
    );
    await job.yield();
  }
  return result;
}

/**
 * What a planned row does against the entry that counts now: nothing when the values are the
 * same, a re-sit when a later sheet follows a debt, else a replacement that keeps the old entry.
 */
function count(
  db: Parameters<typeof currentEntry>[0],
  batch: Planned[],
  systemOf: ReturnType<typeof loadSystems>,
  result: GradesImportResult,
  write?: (p: Planned, replaces: string | null) => void,
): void {
  for (const p of batch) {
    const current = currentEntry(db, p.studentId, p.subjectId, p.semester);
    if (current && sameValues(current, p) && current.attempt >= p.attempt) {
      result.unchanged++;
      continue;
    }
    const resit = current && p.attempt > current.attempt && isDebt(current.grade, systemOf(current.markingSystem));
    if (current && !resit) result.replaced++;
    else result.added++;
    write?.(p, current?.id ?? null);
  }
}
