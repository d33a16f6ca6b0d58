/**
 * The life of a service-desk request (ariza, issue 7): taken at the counter, worked on, ready for pick-up,
 * handed over — or rejected with a reason. Pure rules; the command that changes a status runs these first.
 */

export const REQUEST_STATUSES = ['new', 'inProgress', 'ready', 'handedOver', 'rejected'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * Where each status may go next. The two backward moves exist because real work goes back: a clerk returns a
 * request to the queue (inProgress → new) when someone else must take it, and a ready document goes back to
 * work (ready → inProgress) when a mistake is found before the student collects it. Handed over and rejected
 * are final: a correction after hand-over is a new request, so the register of what was given stays true.
 */
const NEXT: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  new: ['inProgress', 'rejected'],
  inProgress: ['ready', 'rejected', 'new'],
  ready: ['handedOver', 'inProgress'],
  handedOver: [],
  rejected: [],
};

const BACKWARD: ReadonlySet<string> = new Set(['inProgress→new', 'ready→inProgress']);

export function nextStatuses(from: RequestStatus): readonly RequestStatus[] {
  return NEXT[from];
}

/** Open requests are the queue: they count against deadlines and are highlighted when overdue. */
export function isOpen(status: RequestStatus): boolean {
  return NEXT[status].length > 0;
}

export function isBackward(from: RequestStatus, to: RequestStatus): boolean {
  return BACKWARD.has(`${from}→${to}`);
}

/**
 * A rejection is told to the applicant, and a step back undoes someone's work, so both must say why; the
 * reason goes into the request's history.
 */
export function needsReason(from: RequestStatus, to: RequestStatus): boolean {
  return to === 'rejected' || isBackward(from, to);
}

export interface TransitionInput {
  reason?: string | null;
}

export interface TransitionProblem {
  key: 'requests.transition.closed' | 'requests.transition.notAllowed' | 'requests.transition.reasonRequired';
}

/** Why `from → to` cannot be done with this input; an empty list means it can. */
export function transitionProblems(
  from: RequestStatus,
  to: RequestStatus,
  input: TransitionInput = {},
): TransitionProblem[] {
  // A closed request gets its own message: "already handed over" helps more than "not allowed".
  if (!isOpen(from)) return [{ key: 'requests.transition.closed' }];
  if (!NEXT[from].includes(to)) return [{ key: 'requests.transition.notAllowed' }];
  if (needsReason(from, to) && (input.reason ?? '').trim() === '')
    return [{ key: 'requests.transition.reasonRequired' }];
  return [];
}

/**
 * A request counts against its deadline while the office still owes work on it. A ready request is open (the
 * visitor has yet to collect it) but the office kept its promise, so it is never shown overdue.
 */
export function awaitsWork(status: RequestStatus): boolean {
  return status === 'new' || status === 'inProgress';
}
