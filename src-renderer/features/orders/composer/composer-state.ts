import type { ChannelInput } from '../../../../src-shared/contract';
import type { Clause, OrderDetail, OrderLineInput, OrderLineView } from '../../../../src-shared/contract/orders';
import { defaultTextsFor } from '../../../../src-shared/domain/order-clauses';
import { ORDER_TYPES, type OrderType } from '../../../../src-shared/domain/orders';

/**
 * The composer's data, kept apart from React so the rules of the form (what a type asks for, "same for
 * all", text parts from the clause library) are table-tested.
 */

/** `h_expel_reason` 11–19 and `h_academic_reason` 11–14 (+ 15 care of a sick relative, VMQ 344). */
export const EXPEL_REASONS = ['11', '12', '13', '14', '15', '16', '17', '18', '19'] as const;
export const LEAVE_REASONS = ['11', '12', '13', '14', '15'] as const;
/** `h_stipend_rate` 11–19: a scholarship line carries the kind of stipend in its reason (issue 7). */
export const STIPEND_RATES = ['11', '12', '13', '14', '15', '16', '17', '18', '19'] as const;

/** A revocation is made from an applied order ("Reverse"), never chosen in the composer. */
export const COMPOSABLE_TYPES: readonly OrderType[] = ORDER_TYPES.filter((t) => t !== 'revocation');

/** What an order type asks for each student besides the effective date and a note. */
export interface TypeFields {
  reason: 'expel' | 'leave' | 'stipend' | null;
  leaveUntil: boolean;
  /** Required for placement into a group; optional on return from leave (back to the old group by default). */
  newGroup: 'required' | 'optional' | null;
  newName: boolean;
}

export function fieldsOf(type: OrderType): TypeFields {
  const none: TypeFields = { reason: null, leaveUntil: false, newGroup: null, newName: false };
  switch (type) {
    case 'expulsion':
      return { ...none, reason: 'expel' };
    case 'academicLeave':
      return { ...none, reason: 'leave', leaveUntil: true };
    case 'reinstatement':
    case 'transfer':
    case 'groupChange':
    case 'admission':
      return { ...none, newGroup: 'required' };
    case 'returnFromLeave':
      return { ...none, newGroup: 'optional' };
    case 'nameChange':
      return { ...none, newName: true };
    case 'scholarship':
      return { ...none, reason: 'stipend' };
    default:
      return none;
  }
}

/** The codes a reason select offers for this type (empty when the type has no reason). */
export function reasonCodes(type: OrderType): readonly string[] {
  const kind = fieldsOf(type).reason;
  return kind === 'expel' ? EXPEL_REASONS : kind === 'leave' ? LEAVE_REASONS : kind === 'stipend' ? STIPEND_RATES : [];
}

/** The catalog key of a reason's name, or null when the type has no classifier reason. */
export function reasonKey(type: OrderType | null, code: string): string | null {
  if (!type || !code) return null;
  const kind = fieldsOf(type).reason;
  if (kind === 'expel') return `orders.expelReason.${code}`;
  if (kind === 'leave') return `orders.leaveReason.${code}`;
  return kind === 'stipend' ? `scholarships.rate.${code}` : null;
}

/** One student in the composer: who they are now (for the table) and what the order says for them. */
export interface ComposerLine {
  studentId: string;
  fullName: string;
  studentIdNumber: string | null;
  groupName: string | null;
  course: number | null;
  status: string;
  effectiveDate: string;
  reason: string;
  newGroupId: string | null;
  leaveUntil: string | null;
  newName: string | null;
  note: string;
}

/** Who is added: from the search, a group's list, or the card. */
export interface StudentRef {
  id: string;
  fullName: string;
  studentIdNumber: string | null;
  groupName: string | null;
  course: number | null;
  status: string;
}

export function newLine(s: StudentRef, effectiveDate: string): ComposerLine {
  return {
    studentId: s.id,
    fullName: s.fullName,
    studentIdNumber: s.studentIdNumber,
    groupName: s.groupName,
    course: s.course,
    status: s.status,
    effectiveDate,
    reason: '',
    newGroupId: null,
    leaveUntil: null,
    newName: null,
    note: '',
  };
}

export function lineFromView(l: OrderLineView): ComposerLine {
  return {
    studentId: l.studentId,
    fullName: l.fullName,
    studentIdNumber: l.studentIdNumber,
    groupName: l.groupName,
    course: l.course,
    status: l.status,
    effectiveDate: l.effectiveDate,
    reason: l.reason,
    newGroupId: l.newGroupId,
    leaveUntil: l.leaveUntil,
    newName: l.newName,
    note: l.note,
  };
}

/** Adds students not in the order yet, in the order given (a group's list stays alphabetical). */
export function addStudents(lines: readonly ComposerLine[], students: readonly StudentRef[], date: string) {
  const have = new Set(lines.map((l) => l.studentId));
  const added: ComposerLine[] = [];
  for (const s of students) {
    if (have.has(s.id)) continue;
    have.add(s.id);
    added.push(newLine(s, date));
  }
  return [...lines, ...added];
}

/** Only the fields this type asks for go to the backend: a reason left from another type would be printed. */
export function lineInput(type: OrderType, l: ComposerLine): OrderLineInput {
  const f = fieldsOf(type);
  return {
    studentId: l.studentId,
    effectiveDate: l.effectiveDate,
    reason: f.reason ? l.reason : '',
    newGroupId: f.newGroup ? l.newGroupId : null,
    leaveUntil: f.leaveUntil ? l.leaveUntil || null : null,
    newName: f.newName ? l.newName?.trim() || null : null,
    note: l.note.trim(),
  };
}

/** What "same for all" sets: only the filled fields are copied to every student. */
export interface SameForAll {
  effectiveDate: string;
  reason: string;
  leaveUntil: string;
  newGroupId: string | null;
  note: string;
}

export function applyToAll(type: OrderType, lines: readonly ComposerLine[], all: SameForAll): ComposerLine[] {
  const f = fieldsOf(type);
  return lines.map((l) => ({
    ...l,
    ...(all.effectiveDate ? { effectiveDate: all.effectiveDate } : {}),
    ...(f.reason && all.reason ? { reason: all.reason } : {}),
    ...(f.leaveUntil && all.leaveUntil ? { leaveUntil: all.leaveUntil } : {}),
    ...(f.newGroup && all.newGroupId ? { newGroupId: all.newGroupId } : {}),
    ...(all.note.trim() ? { note: all.note.trim() } : {}),
  }));
}

/** A reason of another classifier means nothing in the new type: it is cleared, the rest is kept. */
export function changeType(from: OrderType, to: OrderType, lines: readonly ComposerLine[]): ComposerLine[] {
  if (fieldsOf(from).reason === fieldsOf(to).reason) return [...lines];
  return lines.map((l) => ({ ...l, reason: '' }));
}

export const TEXT_PARTS = ['preamble', 'control', 'basis'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];
export type TextLang = 'uz' | 'ru';

/** The editable parts of the order's text in its two languages (`preambleUz`, `basisRu`, …). */
export type TextParts = Record<`${TextPart}${'Uz' | 'Ru'}`, string>;

export const EMPTY_TEXT: TextParts = {
  preambleUz: '',
  preambleRu: '',
  controlUz: '',
  controlRu: '',
  basisUz: '',
  basisRu: '',
};

export const partKey = (part: TextPart, lang: TextLang): keyof TextParts =>
  `${part}${lang === 'uz' ? 'Uz' : 'Ru'}` as keyof TextParts;

/** The clauses that fit a part of this type's text (a clause without types fits every type). */
export function clausesFor(clauses: readonly Clause[], part: TextPart, type: OrderType): Clause[] {
  return clauses.filter((c) => c.kind === part && (c.types.length === 0 || c.types.includes(type)));
}

/** A clause goes into both languages at once, on a new line after what is already written. */
export function insertClause(text: TextParts, part: TextPart, clause: Clause): TextParts {
  const join = (current: string, add: string) =>
    !add ? current : current.trim() ? `${current.trimEnd()}\n${add}` : add;
  return {
    ...text,
    [partKey(part, 'uz')]: join(text[partKey(part, 'uz')], clause.textUz),
    [partKey(part, 'ru')]: join(text[partKey(part, 'ru')], clause.textRu),
  };
}

/**
 * A new order of this type starts with the office's default clauses, chosen as the backend does when a
 * draft arrives without text (the type's own default of each kind, else the general one).
 */
export function defaultText(clauses: readonly Clause[], type: OrderType): TextParts {
  return defaultTextsFor(clauses, type);
}

export const textOf = (d: OrderDetail): TextParts => ({
  preambleUz: d.preambleUz,
  preambleRu: d.preambleRu,
  controlUz: d.controlUz,
  controlRu: d.controlRu,
  basisUz: d.basisUz,
  basisRu: d.basisRu,
});

export interface ComposerState {
  id: string | null;
  type: OrderType;
  departmentId: string | null;
  reversesOrderId: string | null;
  text: TextParts;
  lines: ComposerLine[];
}

export function stateOf(d: OrderDetail): ComposerState {
  return {
    id: d.id,
    type: d.type,
    departmentId: d.departmentId,
    reversesOrderId: d.reversesOrderId,
    text: textOf(d),
    lines: d.lines.map(lineFromView),
  };
}

export function draftInput(s: ComposerState): ChannelInput<'orders.saveDraft'> {
  return {
    ...(s.id ? { id: s.id } : {}),
    reversesOrderId: s.reversesOrderId,
    type: s.type,
    departmentId: s.departmentId,
    ...s.text,
    lines: s.lines.map((l) => lineInput(s.type, l)),
  };
}
