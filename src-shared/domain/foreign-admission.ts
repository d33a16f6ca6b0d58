/**
 * Admission of a foreign applicant (issue 7): the documents the office collects, the life of an application
 * (draft → submitted → documentsComplete → admitted → registered, or rejected with a reason) and its number.
 * Pure rules; the commands of `src-main/features/foreign` run them before they write.
 */

/**
 * The documents of a foreign applicant, in the order the counter checks them. `required` items must all be
 * received before the documents count as complete; the visa and the temporary registration come after the
 * admission letter (the invitation is what the visa is issued on), and the recognition (nostrification) of a
 * foreign school certificate may be finished during the first year, so these are collected but do not block.
 */
export const CHECKLIST_ITEMS = [
  { item: 'applicationForm', required: true },
  { item: 'passport', required: true },
  { item: 'passportTranslation', required: true },
  { item: 'educationDocument', required: true },
  { item: 'educationLegalisation', required: true },
  { item: 'educationTranslation', required: true },
  { item: 'medicalCertificate', required: true },
  { item: 'hivTest', required: true },
  { item: 'photos', required: true },
  { item: 'recognition', required: false },
  { item: 'visa', required: false },
  { item: 'registration', required: false },
] as const;

export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number]['item'];
export const CHECKLIST_ITEM_IDS = CHECKLIST_ITEMS.map((i) => i.item) as [ChecklistItemId, ...ChecklistItemId[]];

export interface ChecklistEntry {
  item: ChecklistItemId;
  received: boolean;
  /** `YYYY-MM-DD`, when the document came in. */
  receivedOn: string | null;
  note: string;
}

export function isRequiredItem(item: ChecklistItemId): boolean {
  return CHECKLIST_ITEMS.some((i) => i.item === item && i.required);
}

/**
 * The full checklist from what is stored: every defined item once, in definition order. An item stored under a
 * name no longer defined is dropped, and a new item appears as not received — so an application written before
 * the list changed still reads.
 */
export function normaliseChecklist(stored: readonly Partial<ChecklistEntry>[] | null | undefined): ChecklistEntry[] {
  const byItem = new Map((stored ?? []).map((e) => [e.item, e]));
  return CHECKLIST_ITEM_IDS.map((item) => {
    const e = byItem.get(item);
    return {
      item,
      received: e?.received === true,
      receivedOn: e?.received === true ? (e.receivedOn ?? null) : null,
      note: e?.note ?? '',
    };
  });
}

/** Required items not yet received. */
export function missingRequired(checklist: readonly ChecklistEntry[]): ChecklistItemId[] {
  const received = new Set(checklist.filter((e) => e.received).map((e) => e.item));
  return CHECKLIST_ITEMS.filter((i) => i.required && !received.has(i.item)).map((i) => i.item);
}

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'documentsComplete',
  'admitted',
  'registered',
  'rejected',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** What a person does to an application; `register` is the registration command's own step. */
export const APPLICATION_ACTIONS = ['submit', 'completeDocuments', 'admit', 'register', 'reject'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** Open applications may still change; registered and rejected are final (a new attempt is a new application). */
export function isOpenApplication(status: ApplicationStatus): boolean {
  return status !== 'registered' && status !== 'rejected';
}

const FORWARD: Readonly<Record<Exclude<ApplicationAction, 'reject'>, [ApplicationStatus, ApplicationStatus]>> = {
  submit: ['draft', 'submitted'],
  completeDocuments: ['submitted', 'documentsComplete'],
  admit: ['documentsComplete', 'admitted'],
  register: ['admitted', 'registered'],
};

export type TransitionResult = { ok: true; status: ApplicationStatus } | { ok: false; key: string };

/**
 * The status after `action`, or the reason it is refused. Documents are complete only when every required
 * item is received; a rejection is told to the applicant, so it needs a reason.
 */
export function applyAction(
  status: ApplicationStatus,
  action: ApplicationAction,
  ctx: { checklist: readonly ChecklistEntry[]; reason?: string | null },
): TransitionResult {
  if (!isOpenApplication(status)) return { ok: false, key: 'foreign.error.closed' };
  if (action === 'reject') {
    if (!ctx.reason?.trim()) return { ok: false, key: 'foreign.error.reasonRequired' };
    return { ok: true, status: 'rejected' };
  }
  const [from, to] = FORWARD[action];
  if (status !== from) return { ok: false, key: 'foreign.error.wrongStatus' };
  if (action === 'completeDocuments' && missingRequired(ctx.checklist).length > 0) {
    return { ok: false, key: 'foreign.error.documentsMissing' };
  }
  return { ok: true, status: to };
}

/** The actions a person may offer on the application page (registration has its own dialog). */
export function availableActions(status: ApplicationStatus): ApplicationAction[] {
  if (!isOpenApplication(status)) return [];
  const forward = (Object.keys(FORWARD) as (keyof typeof FORWARD)[]).filter(
    (a) => a !== 'register' && FORWARD[a][0] === status,
  );
  return [...forward, 'reject'];
}

/**
 * The status after one checklist item changes. An admitted or registered applicant has been promised a place
 * on these documents, so a required one cannot be taken back; losing one before admission returns the
 * application from "documents complete" to "submitted". A rejected application is closed.
 */
export function statusAfterChecklist(
  status: ApplicationStatus,
  before: readonly ChecklistEntry[],
  after: readonly ChecklistEntry[],
): TransitionResult {
  if (status === 'rejected') return { ok: false, key: 'foreign.error.closed' };
  const lost = missingRequired(after).filter((i) => !missingRequired(before).includes(i));
  if (lost.length > 0 && (status === 'admitted' || status === 'registered')) {
    return { ok: false, key: 'foreign.error.requiredAfterAdmission' };
  }
  if (status === 'documentsComplete' && missingRequired(after).length > 0) return { ok: true, status: 'submitted' };
  return { ok: true, status };
}

/** `F-2026/3`. */
export function applicationNumber(year: number, seq: number): string {
  return `F-${year}/${seq}`;
}

/** The next number of the year after the numbers already given (gaps stay gaps; nothing is renumbered). */
export function nextApplicationNumber(year: number, existing: readonly string[]): string {
  const prefix = `F-${year}/`;
  const max = existing
    .filter((n) => n.startsWith(prefix))
    .map((n) => Number(n.slice(prefix.length)))
    .filter((n) => Number.isInteger(n) && n > 0)
    .reduce((a, b) => Math.max(a, b), 0);
  return applicationNumber(year, max + 1);
}

/**
 * The semesters a student joining a course today still studies this academic year: from September to January
 * both of the course's semesters, from February on only the spring one (the autumn one is over).
 */
export function remainingSemestersOfCourse(course: number, today: string): string[] {
  const month = Number(today.slice(5, 7));
  const autumn = month >= 9 || month === 1;
  const spring = String(10 + course * 2);
  return autumn ? [String(10 + course * 2 - 1), spring] : [spring];
}
