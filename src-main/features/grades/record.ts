import type { ChannelParsedInput } from '../../../src-shared/contract';
import { resolveGrade, type GradeInput } from '../../../src-shared/domain/grades-entry';
import { isDebt, type MarkingSystem } from '../../../src-shared/domain/grading';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import { academicRecords } from '../academic/schema';
import { currentEntry, curriculumSubject, sameValues } from './repo';
import { stmt } from './statements';
import { loadSystems } from './systems';

type RecordInput = ChannelParsedInput<'grades.record'>;
type CorrectInput = ChannelParsedInput<'grades.correct'>;

export function gradeValidation(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', 'error.validation', 'The grades have errors', { details: { issues } });
}

function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', 'error.notFound', `${what} not found`);
}

/**
 * A record sheet for one curriculum subject, in one transaction. Every row is checked before
 * anything is written, so a single bad row leaves the whole sheet unwritten and the error names it.
 * An existing result is never replaced here: a changed value on the same sheet is a correction
 * (with a reason, `grades.correct`); a later sheet (re-sit) supersedes a debt only.
 */
export function recordSheet(w: Writer, input: RecordInput, login: string): { added: number; unchanged: number } {
  const cs = curriculumSubject(w.sqlite, input.curriculumSubjectId);
  if (!cs) throw notFound(`Curriculum subject ${input.curriculumSubjectId}`);
  const educationYear = input.educationYear ?? cs.semesterYear;
  const issues: FieldIssue[] = [];
  if (!educationYear) issues.push({ path: 'educationYear', key: 'error.gradeYearUnknown' });
  const system = loadSystems(w.sqlite)(cs.markingSystem);
  const seen = new Set<string>();
  const planned: { studentId: string; totalPoint: number | null; grade: number | null; replaces: string | null }[] = [];
  let unchanged = 0;
  input.entries.forEach((entry, i) => {
    const path = `entries.${i}`;
    if (seen.has(entry.studentId))
      return void issues.push({ path: `${path}.studentId`, key: 'error.gradeDuplicateStudent' });
    seen.add(entry.studentId);
    if (!stmt(w.sqlite, 'select 1 from students where id = ?').get(entry.studentId)) {
      return void issues.push({ path: `${path}.studentId`, key: 'error.notFound' });
    }
    const value = resolveGrade(entry.value as GradeInput, system);
    if (!value.ok) return void issues.push({ path: `${path}.value`, key: value.key, params: value.params });
    const current = currentEntry(w.sqlite, entry.studentId, cs.subjectId, cs.semester);
    if (!current) return void planned.push({ studentId: entry.studentId, ...value, replaces: null });
    if (input.attempt <= current.attempt) {
      if (sameValues(current, value)) unchanged++;
      else issues.push({ path: `${path}.value`, key: 'error.gradeExists', params: { attempt: current.attempt } });
      return;
    }
    if (!isDebt(current.grade, system)) {
      return void issues.push({ path: `${path}.value`, key: 'error.gradeResitPassed' });
    }
    planned.push({ studentId: entry.studentId, ...value, replaces: current.id });
  });
  if (issues.length > 0) throw gradeValidation(issues);
  for (const p of planned) {
    if (p.replaces) w.update(academicRecords, p.replaces, { isCurrent: false });
    w.insert(academicRecords, {
      id: uuidv7(Date.parse(w.now)),
      studentId: p.studentId,
      subjectId: cs.subjectId,
      curriculumSubjectId: cs.id,
      semester: cs.semester,
      educationYear: educationYear as string,
      credit: cs.credit,
      totalPoint: p.totalPoint,
      grade: p.grade,
      ratingGrade: cs.ratingGrade,
      markingSystem: cs.markingSystem,
      attempt: input.attempt,
      restudy: input.restudy,
      lecturer: input.lecturer,
      examDate: input.examDate ?? null,
      // A re-sit names the failed entry it supersedes, like a correction: every entry that stopped
      // counting is named by the one that took its place.
      replacesId: p.replaces,
      source: 'manual',
      isCurrent: true,
      createdBy: login,
      createdAt: w.now,
    });
  }
  return { added: planned.length, unchanged };
}

/**
 * A correction: a new entry with the new value that names the entry it replaces and why. The
 * old entry keeps its values; only its `is_current` flag changes.
 */
export function correctRecord(w: Writer, input: CorrectInput, login: string): { id: string } {
  const old = w.get(academicRecords, input.recordId);
  if (!old) throw notFound(`Academic record ${input.recordId}`);
  if (!old.isCurrent) {
    throw new AppError('CONFLICT', 'error.gradeNotCurrent', 'Only the entry that counts can be corrected');
  }
  const system: MarkingSystem = loadSystems(w.sqlite)(old.markingSystem);
  const value = resolveGrade(input.value as GradeInput, system);
  if (!value.ok) throw gradeValidation([{ path: 'value', key: value.key, params: value.params }]);
  if (sameValues(old, value)) throw gradeValidation([{ path: 'value', key: 'error.gradeUnchanged' }]);
  const id = uuidv7(Date.parse(w.now));
  w.update(academicRecords, old.id, { isCurrent: false });
  w.insert(academicRecords, {
    ...old,
    id,
    totalPoint: value.totalPoint,
    grade: value.grade,
    replacesId: old.id,
    reason: input.reason,
    source: 'manual',
    hemisId: null,
    isCurrent: true,
    createdBy: login,
    createdAt: w.now,
  });
  return { id };
}
