import type { ChannelParsedInput, ChannelOutput } from '../../../src-shared/contract';
import { formatSom } from '../../../src-shared/domain/fees';
import { scholarshipRunKey, type Half, type ScholarshipRules } from '../../../src-shared/domain/scholarships';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { defaultClauseTexts } from '../orders/clauses';
import { saveDraft } from '../orders/drafts';
import { scholarshipPreview } from './preview';

/** What one order may hold (the `orders.saveDraft` contract): a bigger list is drafted per faculty or course. */
const MAX_LINES = 3000;

/**
 * The first day of the semester the stipend is for: the earliest start a curriculum gives that half of the
 * academic year (odd semesters are autumn), else 1 September / 1 February.
 */
export function semesterStart(db: Sqlite, educationYear: string, half: Half): string {
  const row = db
    .prepare(
      `select min(start_date) as start from curriculum_semesters
        where education_year = ? and start_date is not null and (cast(code as integer) - 10) % 2 = ?`,
    )
    .get(educationYear, half === 1 ? 1 : 0) as { start: string | null } | undefined;
  const year = Number(educationYear);
  return row?.start?.slice(0, 10) ?? (half === 1 ? `${year}-09-01` : `${year + 1}-02-01`);
}

interface RunOrder {
  id: string;
  status: string;
  number: string | null;
  preambleUz: string;
  preambleRu: string;
  basisUz: string;
  basisRu: string;
  controlUz: string;
  controlRu: string;
}

/**
 * The scholarship order of a list as a draft, through the order workflow's own `saveDraft`: one line per
 * included student, the `h_stipend_rate` code in the line's reason and the monthly amount in its note (the order
 * text prints both). Run again for the same faculty, course and semester, it replaces the lines of its draft
 * (keeping the texts the office edited) instead of making a second order; once that order is approved the run
 * is refused, and a change needs a new order by hand.
 */
export function draftScholarshipOrder(
  w: Writer,
  login: string,
  input: ChannelParsedInput<'scholarships.draftOrder'>,
  rules: ScholarshipRules,
): ChannelOutput<'scholarships.draftOrder'> {
  const half = input.half as Half;
  const preview = scholarshipPreview(w.sqlite, input, rules);
  if (preview.included.length === 0)
    throw new AppError('VALIDATION', 'scholarships.error.nobody', 'Nobody on the list gets a stipend');
  if (preview.included.length > MAX_LINES)
    throw new AppError('VALIDATION', 'scholarships.error.tooMany', 'Too many students for one order', {
      details: { issues: [{ path: 'course', key: 'scholarships.error.tooMany', params: { max: MAX_LINES } }] },
    });
  const runKey = scholarshipRunKey(input.departmentId, input.course, input.educationYear, half);
  const existing = w.sqlite
    .prepare(
      `select id, status, number, preamble_uz as preambleUz, preamble_ru as preambleRu, basis_uz as basisUz,
              basis_ru as basisRu, control_uz as controlUz, control_ru as controlRu
         from orders where run_key = ? order by created_at desc, id desc limit 1`,
    )
    .get(runKey) as RunOrder | undefined;
  if (existing && existing.status !== 'draft') {
    throw new AppError('CONFLICT', 'scholarships.error.orderApproved', 'The scholarship order is already approved', {
      details: {
        issues: [{ path: 'half', key: 'scholarships.error.orderApproved', params: { number: existing.number ?? '' } }],
      },
    });
  }
  const effectiveDate = input.effectiveDate ?? semesterStart(w.sqlite, input.educationYear, half);
  const texts = existing
    ? {
        preambleUz: existing.preambleUz,
        preambleRu: existing.preambleRu,
        basisUz: existing.basisUz,
        basisRu: existing.basisRu,
        controlUz: existing.controlUz,
        controlRu: existing.controlRu,
      }
    : defaultClauseTexts(w.sqlite, 'scholarship');
  const orderId = saveDraft(w, login, {
    ...(existing ? { id: existing.id } : {}),
    type: 'scholarship',
    departmentId: input.departmentId,
    reversesOrderId: null,
    ...texts,
    lines: preview.included.map((s) => ({
      studentId: s.studentId,
      effectiveDate,
      reason: s.rate,
      newGroupId: null,
      leaveUntil: null,
      newName: null,
      note: formatSom(s.amount),
    })),
    runKey,
  });
  return { orderId, students: preview.included.length, updated: existing !== undefined };
}
