import { useMemo, useState } from 'react';
import type { AppErrorShape, FieldIssue } from '../../../../src-shared/errors';
import { cleanText } from '../../../../src-shared/domain/apostrophes';
import { normalizeUzPhone, formatUzPhone } from '../../../../src-shared/domain/phone';
import { formatPassport } from '../student-format';
import {
  fillableFrom,
  issuesAt,
  NAME_PARTS,
  otherScript,
  PINFL_CHECK_DIGIT,
  runCheck,
  transliterated,
  type Draft,
  type DraftField,
  type NameField,
  type Script,
} from './student-draft';

const NAME_FIELDS = new Set<string>(NAME_PARTS.flatMap((p) => [`${p}Lat`, `${p}Cyr`]));
const isNameField = (f: DraftField): f is NameField => NAME_FIELDS.has(f);
const scriptOfField = (f: NameField): Script => (f.endsWith('Lat') ? 'Lat' : 'Cyr');

/** The other script filled on request: it follows its source until the person confirms or edits it. */
export interface Proposal {
  from: Script;
  confirmed: boolean;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What blur does to a field as typed: apostrophes and spaces normalised, identifiers tidied. Visible, never silent. */
function tidy(field: DraftField, value: string): string {
  if (isNameField(field) || field === 'address') return cleanText(value);
  if (field === 'lastNamePassport' || field === 'firstNamePassport') return cleanText(value).toUpperCase();
  if (field === 'passport') return formatPassport(value.replace(/\s+/g, '').toUpperCase());
  if (field === 'phone') {
    const e164 = normalizeUzPhone(value);
    return e164 ? formatUzPhone(e164) : value.trim();
  }
  if (field === 'email' || field === 'studentIdNumber') return value.trim();
  return value;
}

/**
 * `acceptedPinfl`: the saved PINFL when a head accepted its failed check digit earlier; while the
 * form keeps it unchanged the warning is settled and the acceptance is sent again.
 */
export function useStudentForm(initial: Draft, serverError: AppErrorShape | null, acceptedPinfl: string | null = null) {
  const [today] = useState(localToday);
  const [draft, setDraft] = useState(initial);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<Draft | null>(null);
  const [acceptCheckDigit, setAcceptCheckDigit] = useState(false);
  const check = useMemo(() => runCheck(draft, today), [draft, today]);
  const pending = proposal !== null && !proposal.confirmed;

  function set<F extends DraftField>(field: F, value: Draft[F]) {
    const open = proposal && !proposal.confirmed ? proposal : null;
    setDraft((d) => {
      const next = { ...d, [field]: value };
      if (open && isNameField(field) && scriptOfField(field) === open.from)
        return { ...next, ...transliterated(next, open.from) };
      return next;
    });
    // Typing in a proposed field means the person has looked at it: the proposal is theirs now.
    if (open && isNameField(field) && scriptOfField(field) !== open.from) setProposal({ ...open, confirmed: true });
  }

  function blur(field: DraftField) {
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
    const value = draft[field];
    if (typeof value === 'string') {
      const tidied = tidy(field, value);
      if (tidied !== value) set(field, tidied as Draft[typeof field]);
    }
  }

  function fill(from: Script) {
    setDraft((d) => ({ ...d, ...transliterated(d, from) }));
    setProposal({ from, confirmed: false });
  }

  const serverIssues: FieldIssue[] = serverError?.details?.issues ?? [];
  /** Errors under a field: the rules' as soon as it was left (or on save), the backend's until it changes. */
  function errorsOf(field: DraftField): FieldIssue[] {
    const own = touched.has(field) || submitted ? issuesAt(check.errors, field) : [];
    if (own.length > 0) return own;
    return sent && sent[field] === draft[field] ? issuesAt(serverIssues, field) : [];
  }

  const acceptedEarlier = acceptedPinfl !== null && draft.pinfl === acceptedPinfl;
  const warningsOf = (field: DraftField) =>
    issuesAt(check.warnings, field).filter((w) => !(acceptedEarlier && w.key === 'warning.pinflCheckDigit'));
  const checkDigitWarning = !acceptedEarlier && check.warnings.some((w) => w.key === 'warning.pinflCheckDigit');
  /** The names wait for the person: one script is empty, or a filled-in proposal is not confirmed. */
  const namesUnconfirmed = pending || fillableFrom(draft) !== null;

  return {
    draft,
    today,
    check,
    proposal,
    pending,
    submitted,
    namesUnconfirmed,
    acceptCheckDigit,
    checkDigitWarning,
    acceptedEarlier,
    dirty: JSON.stringify(draft) !== JSON.stringify(initial),
    set,
    blur,
    fill,
    confirmProposal: () => proposal && setProposal({ ...proposal, confirmed: true }),
    setAcceptCheckDigit,
    errorsOf,
    warningsOf,
    fillTarget: (): Script | null => {
      const from = fillableFrom(draft);
      return from ? otherScript(from) : null;
    },
    /** Marks a save attempt; true when the form may be sent (no rule errors, names confirmed). */
    beginSubmit(): boolean {
      setSubmitted(true);
      return check.errors.length === 0 && !namesUnconfirmed;
    },
    markSent: () => setSent(draft),
    acceptWarnings: (mayAccept: boolean) =>
      mayAccept && ((acceptCheckDigit && checkDigitWarning) || acceptedEarlier) ? [PINFL_CHECK_DIGIT] : [],
  };
}

export type StudentFormApi = ReturnType<typeof useStudentForm>;
