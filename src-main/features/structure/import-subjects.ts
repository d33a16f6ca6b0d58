import { eq } from 'drizzle-orm';
import type { SubjectImportResult } from '../../../src-shared/contract/structure';
import { normalizeHours, semesterNumber } from '../../../src-shared/domain/structure-codes';
import {
  detectSubjectColumns,
  isBlankRow,
  isSubjectHeader,
  parseSubjectRow,
  type ParsedSubjectRow,
  type SubjectColumn,
} from '../../../src-shared/domain/structure-import';
import { AppError } from '../../../src-shared/errors';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { Writer } from '../../commands/writer';
import type { JobContext } from '../../jobs/job-runner';
import { curricula, curriculumSubjects, subjects } from '../academic/schema';
import { departments } from '../registry/schema';
import { readSheet, type SheetRow } from '../students/import/read-sheet';
import { newId, sameKey, uzNames } from './common';
import { findSubjectByName } from './subjects';

type Issue = SubjectImportResult['errors'][number];
interface Planned {
  row: number;
  data: ParsedSubjectRow;
  department: string;
}

/** A curriculum has a few hundred subjects; a sheet far beyond that is the wrong file. */
const MAX_ROWS = 5000;
const textOf = (c: SheetRow['cells'][number] | undefined) => String(c ?? '').trim();

/** The header row among the first ten (title rows above it are common), and its columns. */
function findHeader(rows: SheetRow[]) {
  for (const [i, r] of rows.slice(0, 10).entries()) {
    const columns = detectSubjectColumns(r.cells.map(textOf));
    if (isSubjectHeader(columns)) return { index: i, columns, headers: r.cells.map(textOf) };
  }
  return null;
}

/** A chair by its code or its name in either script. */
function departmentFinder(w: Writer) {
  const all = w.db.select().from(departments).all();
  return (text: string): string | null => {
    const key = sameKey(text);
    return (
      all.find((d) => d.code === text)?.id ??
      all.find((d) => [d.nameUzLatn, d.nameUzCyrl, d.nameRu].some((n) => n !== '' && sameKey(n) === key))?.id ??
      null
    );
  };
}

/**
 * Checks against the database and writes, inside the command: a catalogue subject per name (reused
 * when it exists), an upsert per curriculum × semester × subject. Problems found here join the
 * row errors; the caller rolls the whole command back when there are any.
 */
function writeRows(
  w: Writer,
  curriculumId: string,
  planned: Planned[],
  result: SubjectImportResult,
  issue: (i: Issue) => void,
) {
  const curriculum = w.get(curricula, curriculumId);
  if (!curriculum) throw new AppError('NOT_FOUND', 'error.notFound', 'Curriculum not found');
  const findDept = departmentFinder(w);
  const existing = w.db
    .select()
    .from(curriculumSubjects)
    .where(eq(curriculumSubjects.curriculumId, curriculumId))
    .all();
  const positions = new Map<string, number>();
  for (const cs of existing) positions.set(cs.semester, Math.max(positions.get(cs.semester) ?? 0, cs.position));
  for (const p of planned) {
    const n = semesterNumber(p.data.semester) ?? 0;
    if (n > curriculum.semesterCount) {
      issue({
        row: p.row,
        column: 'semester',
        key: 'validation.structure.semesterOutside',
        params: { count: curriculum.semesterCount },
      });
      continue;
    }
    const departmentId = p.department ? findDept(p.department) : null;
    if (p.department && !departmentId) {
      issue({
        row: p.row,
        column: 'department',
        key: 'validation.structure.import.department',
        params: { value: p.department },
      });
      continue;
    }
    let subjectId = findSubjectByName(w.db, p.data.name, p.data.code)?.id;
    if (!subjectId) {
      result.newSubjects++;
      const names = uzNames({ nameUzLatn: p.data.name, nameUzCyrl: '', nameRu: '', nameEn: '' });
      subjectId = w.insert(subjects, { id: newId(w), code: p.data.code, ...names }).id;
    }
    const { hours, total } = normalizeHours(p.data.hours);
    const values = {
      credit: p.data.credit,
      totalHours: total,
      hours: JSON.stringify(hours),
      examFinish: p.data.examFinish,
      ratingGrade: p.data.ratingGrade,
      subjectType: p.data.subjectType,
      departmentId,
      active: true,
    };
    const before = existing.find((cs) => cs.semester === p.data.semester && cs.subjectId === subjectId);
    if (before) {
      const same = Object.entries(values).every(([k, v]) => before[k as keyof typeof before] === v);
      w.update(curriculumSubjects, before.id, values);
      if (same) result.unchanged++;
      else result.updated++;
    } else {
      const position = (positions.get(p.data.semester) ?? 0) + 1;
      positions.set(p.data.semester, position);
      w.insert(curriculumSubjects, {
        id: newId(w),
        curriculumId,
        subjectId,
        semester: p.data.semester,
        position,
        ...values,
      });
      result.created++;
    }
  }
  if (result.created + result.updated > 0) w.update(curricula, curriculumId, { updatedAt: w.now });
}

/** Thrown to roll a dry run (or a file with errors) back after counting what it would write. */
class Rollback extends Error {}

/**
 * The curriculum-subject import as a job. The whole file is one command: a dry run runs the same
 * writes and rolls them back, so its counts are exactly what the real import does; a file with any
 * bad row writes nothing and lists every problem by row and column.
 */
export async function importCurriculumSubjects(
  services: Services,
  actor: Actor,
  input: { curriculumId: string; fileName: string; data: Buffer; dryRun: boolean },
  job: JobContext,
): Promise<SubjectImportResult> {
  job.progress(0, 1, 'import.step.rows');
  const rows: SheetRow[] = [];
  for await (const r of readSheet(input.data, input.fileName)) {
    rows.push(r);
    if (rows.length > MAX_ROWS) {
      throw new AppError('VALIDATION', 'error.structure.import.tooManyRows', 'Too many rows for a curriculum', {
        params: { max: MAX_ROWS },
      });
    }
  }
  job.throwIfCancelled();
  const header = findHeader(rows);
  if (!header)
    throw new AppError(
      'VALIDATION',
      'error.structure.import.noHeader',
      'No header row with subject, semester and credit',
    );
  const column = (c: SubjectColumn) => header.headers[header.columns[c] ?? -1] || c;
  const result: SubjectImportResult = {
    fileName: input.fileName,
    dryRun: input.dryRun,
    written: false,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    newSubjects: 0,
    errors: [],
  };
  const issue = (i: Issue) => result.errors.push({ ...i, column: i.column ? column(i.column as SubjectColumn) : null });
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  for (const r of rows.slice(header.index + 1)) {
    if (isBlankRow(r.cells)) continue;
    result.rows++;
    const parsed = parseSubjectRow(r.cells, header.columns);
    for (const i of parsed.issues)
      issue({ row: r.row, column: i.column, key: i.key, ...(i.params ? { params: i.params } : {}) });
    if (!parsed.row) continue;
    const key = `${parsed.row.semester}|${sameKey(parsed.row.name)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issue({ row: r.row, column: 'name', key: 'validation.structure.import.duplicate', params: { row: first } });
      continue;
    }
    seen.set(key, r.row);
    planned.push({ row: r.row, data: parsed.row, department: parsed.row.department });
  }
  job.progress(0, 1, 'import.step.rows');
  try {
    runCommand(
      services.store,
      services.clock,
      actor,
      'structure.importSubjects',
      { curriculumId: input.curriculumId, fileName: input.fileName, rows: result.rows },
      (w) => {
        writeRows(w, input.curriculumId, planned, result, issue);
        if (input.dryRun || result.errors.length > 0) throw new Rollback();
      },
    );
    result.written = true;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  result.errors.sort((a, b) => a.row - b.row);
  job.progress(1, 1, 'import.step.done');
  return result;
}
