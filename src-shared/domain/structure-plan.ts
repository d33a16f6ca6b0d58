/**
 * Plans of the back office's bulk actions (issue 4): for each selected student, what the action
 * will do — change, nothing (already there), or nothing because it is blocked, and why. The
 * preview shows the plan; the apply recomputes it inside its transaction and writes exactly the
 * `change` rows, so what was shown is what is written.
 */

export type Outcome = 'change' | 'already' | 'blocked';

/** Students who left (expelled 12, graduated 14) are not placed anywhere by a bulk action. */
const INACTIVE_STATUSES = new Set(['12', '14']);

export interface PlanStudent {
  id: string;
  name: string;
  status: string;
  groupId: string | null;
  groupName: string | null;
  /** The curriculum of the student's group, if any. */
  curriculumId: string | null;
  /** The id names no student (removed meanwhile, or mistyped): kept in the plan as blocked. */
  missing?: boolean;
}

export interface PlacementItem {
  studentId: string;
  name: string;
  fromGroupId: string | null;
  fromGroup: string | null;
  outcome: Outcome;
  /** i18n key of why it is blocked. */
  reason: string | null;
}

/**
 * `assign` places students who have no group yet; `move` changes the group of students who have
 * one (recorded as a movement an order formalises later). Each refuses the other's students, so a
 * group change never slips through without its movement row.
 */
export function planPlacement(
  students: readonly PlanStudent[],
  targetGroupId: string,
  mode: 'assign' | 'move',
): PlacementItem[] {
  const seen = new Set<string>();
  const out: PlacementItem[] = [];
  for (const s of students) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const base = { studentId: s.id, name: s.name, fromGroupId: s.groupId, fromGroup: s.groupName };
    const blocked = (reason: string): PlacementItem => ({ ...base, outcome: 'blocked', reason });
    if (s.missing) out.push(blocked('structure.blocked.notFound'));
    else if (s.groupId === targetGroupId) out.push({ ...base, outcome: 'already', reason: null });
    else if (INACTIVE_STATUSES.has(s.status)) out.push(blocked('structure.blocked.status'));
    else if (mode === 'assign' && s.groupId !== null) out.push(blocked('structure.blocked.hasGroup'));
    else if (mode === 'move' && s.groupId === null) out.push(blocked('structure.blocked.noGroup'));
    else out.push({ ...base, outcome: 'change', reason: null });
  }
  return out;
}

export interface PlanSubject {
  id: string;
  name: string;
  curriculumId: string;
  semester: string;
}

export interface SubjectItem {
  studentId: string;
  name: string;
  curriculumSubjectId: string;
  subject: string;
  semester: string;
  outcome: Outcome;
  reason: string | null;
}

/**
 * Who gets which curriculum subject for a year. A regular assignment follows the student's
 * curriculum; a re-study group (qayta oʻqish) takes debtors from anywhere, since a debtor may
 * re-study a subject with another curriculum's students.
 */
export function planSubjects(
  students: readonly PlanStudent[],
  subjects: readonly PlanSubject[],
  existing: ReadonlySet<string>,
  restudy: boolean,
): SubjectItem[] {
  const out: SubjectItem[] = [];
  const seen = new Set<string>();
  for (const s of students) {
    for (const cs of subjects) {
      const key = subjectKey(s.id, cs.id);
      if (seen.has(key)) continue;
      seen.add(key);
      const base = {
        studentId: s.id,
        name: s.name,
        curriculumSubjectId: cs.id,
        subject: cs.name,
        semester: cs.semester,
      };
      if (s.missing) out.push({ ...base, outcome: 'blocked', reason: 'structure.blocked.notFound' });
      else if (existing.has(key)) out.push({ ...base, outcome: 'already', reason: null });
      else if (INACTIVE_STATUSES.has(s.status))
        out.push({ ...base, outcome: 'blocked', reason: 'structure.blocked.status' });
      else if (!restudy && s.curriculumId !== cs.curriculumId) {
        out.push({ ...base, outcome: 'blocked', reason: 'structure.blocked.otherCurriculum' });
      } else out.push({ ...base, outcome: 'change', reason: null });
    }
  }
  return out;
}

export function subjectKey(studentId: string, curriculumSubjectId: string): string {
  return `${studentId}|${curriculumSubjectId}`;
}

export function countOutcomes(items: readonly { outcome: Outcome }[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { change: 0, already: 0, blocked: 0 };
  for (const i of items) counts[i.outcome]++;
  return counts;
}
