import type { OrderText, OrderTexts } from '../contract/orders-models';
import type { OrderType } from './orders';
import { ORDER_WORDS_RU } from './order-text-ru';
import { ORDER_WORDS_UZ } from './order-text-uz';

/**
 * An order's printed text (DOMAIN §4.2) from its rows, as pure data: the institution's header, "BUYRUQ",
 * date, number and city, the title, the preamble, "BUYURAMAN:", numbered paragraphs, the control clause,
 * "Asos:" and the signature. Orders are written in Uzbek (Latin) and Russian; each language's sentences
 * live in its own module (`order-text-uz.ts`, `order-text-ru.ts`), the shape is decided here.
 */

export type OrderLang = 'uz-Latn' | 'ru';
export type Localized = Record<OrderLang, string>;

/** One student as the order names them: what the record says now (a draft) or said at approval. */
export interface OrderTextStudent {
  studentId: string;
  /** F.I.Sh. as stored, Latin fields; the Cyrillic one only when the record has it (never transliterated). */
  nameLat: string;
  nameCyr: string;
  /** `h_gender` (12: female), for the Russian "студент / студентка". */
  gender: string | null;
  faculty: Localized;
  course: number | null;
  group: string;
  paymentForm: string | null;
  effectiveDate: string;
  /** `h_expel_reason` or `h_academic_reason` code; '' when the type has none. */
  reason: string;
  leaveUntil: string | null;
  /** Where the order puts the student (reinstatement, transfer, group change, admission, return). */
  newGroup: { name: string; course: number | null; faculty: Localized } | null;
  newName: string | null;
  /** Printed in the student's paragraph or item: the stipend kind, the work topic, the schedule. */
  note: string;
  /** A revocation: the paragraph of the revoked order that named this student, when known. */
  revokedParagraph: number | null;
}

/** The order a revocation cancels (in part). */
export interface RevokedOrder {
  number: string | null;
  orderDate: string | null;
  type: OrderType;
}

export interface OrderTextInput {
  type: OrderType;
  /** Set on approval; a draft prints blanks to fill in. */
  number: string | null;
  orderDate: string | null;
  institution: Localized;
  city: string;
  /** Position and name as typed on approval; the rector's (from the institution profile) for a draft. */
  signer: { position: string; name: string };
  preamble: Localized;
  control: Localized;
  basis: Localized;
  reverses: RevokedOrder | null;
  /** In the order's line order. */
  students: OrderTextStudent[];
}

/** Sentences of one language: the builder asks, the language module answers. */
export interface OrderWords {
  heading: string;
  command: string;
  basisLabel: string;
  /** Printed across a draft. */
  draft: string;
  /** The excerpt's heading and its certification line. */
  excerptHeading: string;
  excerptCertified: string;
  date(iso: string): string;
  blankDate: string;
  number(number: string): string;
  blankNumber: string;
  place(city: string): string;
  /** The signer's position in this language (a position typed in Uzbek is translated when it is a known one). */
  position(typed: string): string;
  title(type: OrderType, count: number, reverses: RevokedOrder | null): string;
  /** A paragraph about one student (individual movements). */
  paragraph(type: OrderType, s: OrderTextStudent, reverses: RevokedOrder | null): string;
  /** The lead-in of a list paragraph (bulk movements), from its first student: they share faculty, course, group, date. */
  leadIn(type: OrderType, s: OrderTextStudent): string;
  item(type: OrderType, s: OrderTextStudent): string;
}

export const ORDER_WORDS: Record<OrderLang, OrderWords> = { 'uz-Latn': ORDER_WORDS_UZ, ru: ORDER_WORDS_RU };

/**
 * Types whose order lists many students of a group under one lead-in ("Quyidagi talabalar … oʻtkazilsin:"):
 * a paragraph per group (and date), an item per student. The rest get a paragraph per student.
 */
export const LIST_TYPES: ReadonlySet<OrderType> = new Set<OrderType>([
  'promotion',
  'repeatYear',
  'graduation',
  'scholarship',
  'individualSchedule',
  'graduationTopics',
  'admission',
]);

/** Admission lists people under the group they join; the other lists under the group they are in. */
function listKey(type: OrderType, s: OrderTextStudent): string {
  const placed = type === 'admission' && s.newGroup;
  const faculty = placed ? s.newGroup!.faculty['uz-Latn'] : s.faculty['uz-Latn'];
  const course = placed ? s.newGroup!.course : s.course;
  const group = placed ? s.newGroup!.name : s.group;
  return JSON.stringify([faculty, course, group, s.effectiveDate]);
}

/** Spaces left by a part the record does not have ("2-kurs  guruh", "студентов :") closed up. */
const tidy = (text: string) =>
  text
    .replace(/ {2,}/g, ' ')
    .replace(/ +([:,.])/g, '$1')
    // A sentence ending in "… 2026 г." gets no second full stop.
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .trim();

function paragraphsOf(input: OrderTextInput, w: OrderWords): OrderText['paragraphs'] {
  if (!LIST_TYPES.has(input.type)) {
    return input.students.map((s, i) => ({
      n: i + 1,
      text: tidy(w.paragraph(input.type, s, input.reverses)),
      studentIds: [s.studentId],
      items: [],
    }));
  }
  const lists = new Map<string, OrderTextStudent[]>();
  for (const s of input.students) {
    const key = listKey(input.type, s);
    const list = lists.get(key);
    if (list) list.push(s);
    else lists.set(key, [s]);
  }
  return [...lists.values()].map((list, i) => ({
    n: i + 1,
    text: tidy(w.leadIn(input.type, list[0]!)),
    studentIds: [],
    items: list.map((s) => ({ studentId: s.studentId, text: tidy(w.item(input.type, s)) })),
  }));
}

/** "Asos: …" once, whether or not the office's clause already starts with it. */
function basisLine(basis: string, label: string): string {
  const text = basis.trim();
  if (!text) return '';
  return text.toLocaleLowerCase().startsWith(label.toLocaleLowerCase()) ? text : `${label} ${text}`;
}

export function buildOrderText(input: OrderTextInput, lang: OrderLang): OrderText {
  const w = ORDER_WORDS[lang];
  return {
    institution: input.institution[lang],
    heading: w.heading,
    dateLine: input.orderDate ? w.date(input.orderDate) : w.blankDate,
    numberLine: input.number ? w.number(input.number) : w.blankNumber,
    place: input.city.trim() ? w.place(input.city.trim()) : '',
    title: w.title(input.type, input.students.length, input.reverses),
    preamble: input.preamble[lang].trim(),
    command: w.command,
    paragraphs: paragraphsOf(input, w),
    control: input.control[lang].trim(),
    basis: basisLine(input.basis[lang], w.basisLabel),
    signature: { position: w.position(input.signer.position), name: input.signer.name.trim() },
  };
}

export function buildOrderTexts(input: OrderTextInput): OrderTexts {
  return { 'uz-Latn': buildOrderText(input, 'uz-Latn'), ru: buildOrderText(input, 'ru') };
}

/**
 * What an excerpt keeps of an order's paragraphs for one student: the paragraphs that name them, and of a
 * list only the lead-in and their own item (with its number in the list). Empty: the order does not name them.
 */
export function paragraphsFor(
  text: OrderText,
  studentId: string,
): { n: number; text: string; items: { n: number; text: string }[] }[] {
  const out: { n: number; text: string; items: { n: number; text: string }[] }[] = [];
  for (const p of text.paragraphs) {
    if (p.studentIds.includes(studentId)) out.push({ n: p.n, text: p.text, items: [] });
    const k = p.items.findIndex((item) => item.studentId === studentId);
    if (k >= 0) out.push({ n: p.n, text: p.text, items: [{ n: k + 1, text: p.items[k]!.text }] });
  }
  return out;
}

/** The paragraph of an order that names a student (a revocation cites it), or null. */
export function paragraphNumberOf(text: OrderText, studentId: string): number | null {
  return paragraphsFor(text, studentId)[0]?.n ?? null;
}
