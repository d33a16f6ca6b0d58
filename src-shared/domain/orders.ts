/**
 * Orders (buyruq) and what they do to a student (DOMAIN §4.1–4.4), as pure rules: which students an order
 * type may name (preconditions), what applying it changes (effect), and which open orders exclude each
 * other. The order workflow (issue 6) runs these inside one transaction; here they are data and functions.
 */

/** HEMIS decree types (`h_decree_type`) plus the movements HEMIS records without a decree code. */
export const ORDER_TYPES = [
  'expulsion', // 11
  'academicLeave', // 12
  'repeatYear', // 13
  'promotion', // 14
  'reinstatement', // 15
  'transfer', // 16
  'graduation', // 17
  'scholarship', // 18
  'individualSchedule', // 19
  'graduationTopics', // 20
  'admission', // 21
  'groupChange',
  'returnFromLeave',
  'nameChange',
  // Buyruqni bekor qilish: restores, for the students it names, the state an earlier applied order replaced.
  'revocation',
] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const DECREE_CODE: Partial<Record<OrderType, string>> = {
  expulsion: '11',
  academicLeave: '12',
  repeatYear: '13',
  promotion: '14',
  reinstatement: '15',
  transfer: '16',
  graduation: '17',
  scholarship: '18',
  individualSchedule: '19',
  graduationTopics: '20',
  admission: '21',
};

/** `h_student_status`. */
export const STATUS = { other: '10', studying: '11', expelled: '12', academicLeave: '13', graduated: '14' } as const;

/** A student's Latin name as three fields (the passport's spelling, never "corrected"). */
export interface LatinName {
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
}

/**
 * "Last First Patronymic" as typed in a name-change order: the first word is the surname, the second the
 * given name, the rest the patronymic ("Karim oʻgʻli" is two words). Only spaces are tidied.
 */
export function splitLatinName(full: string): LatinName {
  const [last = '', first = '', ...rest] = full.trim().split(/\s+/);
  return { lastNameLat: last, firstNameLat: first, patronymicLat: rest.join(' ') };
}

/** Status, course, group (and name) of a student just before or after an order: what a revocation restores. */
export interface StateSnapshot extends Partial<LatinName> {
  status: string;
  course: number | null;
  groupId: string | null;
}

/** What the rules need to know about a student when the order is checked. */
export interface StudentState extends Partial<LatinName> {
  status: string;
  course: number | null;
  /** Courses of the student's programme (4 for a bachelor, 2 for a master). */
  courseCount: number | null;
  groupId: string | null;
  /** GPA at or above the pass line (DOMAIN §2.3 `can_transfer`); null when unknown. */
  canTransfer: boolean | null;
  /** Academic debts left on the curriculum. */
  debts: number;
  /** Types of other open (draft or approved, not applied) orders that name this student. */
  openOrders: readonly OrderType[];
  /**
   * The group a move on the structure screen put the student in, not yet formalised by an order, while it is
   * still their group: a group-change order to it formalises that move instead of moving again.
   */
  pendingMoveTo?: string | null;
}

/** What the order says for this student. */
export interface OrderLine {
  /** ISO date the change takes effect. */
  effectiveDate: string;
  /** Classifier code: `h_expel_reason` for an expulsion, `h_academic_reason` for a leave. */
  reason?: string;
  newGroupId?: string;
  /** ISO date an academic leave ends. */
  leaveUntil?: string;
  /** A name change: the new Latin spelling as in the new passport. */
  newName?: string;
  /** A revocation: the student's line in the revoked order (absent when that order does not name them). */
  revokes?: { before: StateSnapshot; after: StateSnapshot } | null;
}

export interface Problem {
  /** Message key (`orders.problem.*`). */
  key: string;
  params?: Record<string, string | number>;
}

/** Expel reasons `h_expel_reason` 11–19; academic leave reasons `h_academic_reason` 11–14 (+ 15 care of a sick relative, VMQ 344). */
const EXPEL_REASONS = ['11', '12', '13', '14', '15', '16', '17', '18', '19'];
const LEAVE_REASONS = ['11', '12', '13', '14', '15'];

/** Movements that change status, course or group: two of them open for one student contradict each other. */
const MOVEMENTS: readonly OrderType[] = [
  'expulsion',
  'academicLeave',
  'repeatYear',
  'promotion',
  'reinstatement',
  'transfer',
  'graduation',
  'admission',
  'groupChange',
  'returnFromLeave',
  'revocation',
];

const finalYear = (s: StudentState) => s.course !== null && s.courseCount !== null && s.course >= s.courseCount;

function statusIs(s: StudentState, allowed: readonly string[], key = 'orders.problem.status'): Problem[] {
  return allowed.includes(s.status) ? [] : [{ key, params: { status: s.status } }];
}

const need = (ok: boolean, key: string, params?: Problem['params']): Problem[] =>
  ok ? [] : [{ key, ...(params ? { params } : {}) }];

/** Why this student cannot be in an order of this type (empty: may be). A head may override one with a reason. */
export function orderProblems(type: OrderType, s: StudentState, line: OrderLine): Problem[] {
  const problems: Problem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(line.effectiveDate)) problems.push({ key: 'orders.problem.date' });
  if (MOVEMENTS.includes(type)) {
    const clash = s.openOrders.find((o) => MOVEMENTS.includes(o));
    if (clash) problems.push({ key: 'orders.problem.openOrder', params: { type: clash } });
  }
  const { studying, expelled, academicLeave } = STATUS;
  switch (type) {
    case 'expulsion':
      problems.push(...statusIs(s, [studying, academicLeave]));
      problems.push(...need(!!line.reason && EXPEL_REASONS.includes(line.reason), 'orders.problem.reason'));
      break;
    case 'academicLeave':
      problems.push(...statusIs(s, [studying]));
      problems.push(...need(!!line.reason && LEAVE_REASONS.includes(line.reason), 'orders.problem.reason'));
      problems.push(...need(!!line.leaveUntil && line.leaveUntil > line.effectiveDate, 'orders.problem.leaveUntil'));
      break;
    case 'repeatYear':
      problems.push(...statusIs(s, [studying]));
      problems.push(...need(s.canTransfer === false, 'orders.problem.mayBePromoted'));
      break;
    case 'promotion':
      problems.push(...statusIs(s, [studying]));
      problems.push(...need(s.canTransfer === true, 'orders.problem.cannotTransfer'));
      problems.push(...need(!finalYear(s), 'orders.problem.finalYear'));
      break;
    case 'reinstatement':
      problems.push(...statusIs(s, [expelled]));
      problems.push(...need(!!line.newGroupId, 'orders.problem.group'));
      break;
    case 'transfer':
      problems.push(...statusIs(s, [studying]));
      problems.push(...need(!!line.newGroupId && line.newGroupId !== s.groupId, 'orders.problem.group'));
      break;
    case 'groupChange': {
      const formalises = !!line.newGroupId && line.newGroupId === s.groupId && s.pendingMoveTo === s.groupId;
      problems.push(...statusIs(s, [studying]));
      problems.push(
        ...need(!!line.newGroupId && (line.newGroupId !== s.groupId || formalises), 'orders.problem.group'),
      );
      break;
    }
    case 'graduation':
      problems.push(...statusIs(s, [studying]));
      problems.push(...need(finalYear(s), 'orders.problem.notFinalYear'));
      problems.push(...need(s.debts === 0, 'orders.problem.debts', { debts: s.debts }));
      break;
    case 'graduationTopics':
      problems.push(...statusIs(s, [studying]));
      problems.push(...need(finalYear(s), 'orders.problem.notFinalYear'));
      break;
    case 'scholarship':
    case 'individualSchedule':
      // No stipend and no schedule during academic leave (VMQ 344).
      problems.push(...statusIs(s, [studying]));
      break;
    case 'admission':
      problems.push(...need(![studying, academicLeave].includes(s.status as never), 'orders.problem.alreadyStudying'));
      problems.push(...need(!!line.newGroupId, 'orders.problem.group'));
      break;
    case 'returnFromLeave':
      problems.push(...statusIs(s, [academicLeave]));
      break;
    case 'nameChange':
      problems.push(...need(!!line.newName && !!splitLatinName(line.newName).firstNameLat, 'orders.problem.newName'));
      break;
    case 'revocation':
      if (!line.revokes) problems.push({ key: 'orders.problem.notInRevoked' });
      // Restoring over a later change would silently undo it too: that needs its own order.
      else problems.push(...need(unchangedSince(s, line.revokes), 'orders.problem.changedSince'));
      break;
  }
  return problems;
}

const NAME_FIELDS = ['lastNameLat', 'firstNameLat', 'patronymicLat'] as const;

/** The revoked order changed the student's name (only then does its revocation touch the name). */
function nameChanged(line: { before: StateSnapshot; after: StateSnapshot }): boolean {
  return NAME_FIELDS.some((f) => line.before[f] !== undefined && line.before[f] !== line.after[f]);
}

/** The student is still as the revoked order left them: status, course, group and a name it changed. */
function unchangedSince(s: StudentState, line: { before: StateSnapshot; after: StateSnapshot }): boolean {
  const { after } = line;
  if (s.status !== after.status || s.course !== after.course || s.groupId !== after.groupId) return false;
  return !nameChanged(line) || NAME_FIELDS.every((f) => s[f] === undefined || s[f] === after[f]);
}

/** What applying the order changes for the student (only the fields that change). */
export interface Effect {
  status?: string;
  course?: number | null;
  /** null only when a revocation restores "no group" (e.g. undoing an admission). */
  groupId?: string | null;
  name?: LatinName;
}

export function orderEffect(type: OrderType, s: StudentState, line: OrderLine): Effect {
  switch (type) {
    case 'expulsion':
      return { status: STATUS.expelled };
    case 'academicLeave':
      return { status: STATUS.academicLeave };
    case 'repeatYear':
      return {};
    case 'promotion':
      return { course: (s.course ?? 0) + 1 };
    case 'reinstatement':
    case 'admission':
      return { status: STATUS.studying, groupId: line.newGroupId };
    case 'returnFromLeave':
      return { status: STATUS.studying, ...(line.newGroupId ? { groupId: line.newGroupId } : {}) };
    case 'transfer':
    case 'groupChange':
      return { groupId: line.newGroupId };
    case 'graduation':
      return { status: STATUS.graduated };
    case 'nameChange':
      return line.newName ? { name: splitLatinName(line.newName) } : {};
    case 'revocation': {
      if (!line.revokes) return {};
      const { before } = line.revokes;
      const name = nameChanged(line.revokes)
        ? {
            name: {
              lastNameLat: before.lastNameLat ?? '',
              firstNameLat: before.firstNameLat ?? '',
              patronymicLat: before.patronymicLat ?? '',
            },
          }
        : {};
      return { status: before.status, course: before.course, groupId: before.groupId, ...name };
    }
    case 'scholarship':
    case 'individualSchedule':
    case 'graduationTopics':
      return {};
  }
}

/** The order that undoes an applied one, where there is one (a reversal is a new order with its own trail). */
export const REVERSAL: Partial<Record<OrderType, OrderType>> = {
  expulsion: 'reinstatement',
  academicLeave: 'returnFromLeave',
  groupChange: 'groupChange',
  transfer: 'transfer',
};
