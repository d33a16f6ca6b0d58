import type { OrderType } from './orders';
import type { OrderTextStudent, OrderWords, RevokedOrder } from './order-text';
import { AMOUNT_NOTE } from './scholarships';

/**
 * The sentences of an order in Russian. A name cannot be declined without "correcting" it, so each
 * paragraph names the student in the nominative and says what to do after a dash: "1. Алиев Бобур,
 * студент 2 курса группы IQT-24 (Экономический факультет, государственный грант), — отчислить из числа
 * студентов с 1 декабря 2026 г. по собственному желанию." Names print in Cyrillic when the record has a
 * Cyrillic spelling, otherwise as stored in Latin (never transliterated: DOMAIN §5.4).
 */

const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** "28 ноября 2026 г." */
export function ruDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y} г.`;
}

/** `h_expel_reason`, as the end of "отчислить из числа студентов с <date> …". */
export const EXPEL_REASONS_RU: Record<string, string> = {
  '11': 'по собственному желанию',
  '12': 'в связи с переводом в другое высшее образовательное учреждение',
  '13': 'по состоянию здоровья',
  '14': 'за нарушение учебной дисциплины',
  '15': 'за пропуски занятий без уважительной причины',
  '16': 'в связи с неоплатой обучения по контракту',
  '17': 'в связи с лишением свободы',
  '18': 'за нарушение порядка приёма на обучение',
  '19': 'в связи со смертью',
};

/** `h_academic_reason` 11–14 and 15 (care of a sick family member, VMQ 344). */
export const LEAVE_REASONS_RU: Record<string, string> = {
  '11': 'в связи с призывом на срочную военную службу',
  '12': 'для восстановления здоровья',
  '13': 'в связи с беременностью и родами',
  '14': 'по уходу за ребёнком',
  '15': 'по уходу за больным членом семьи',
};

const PAYMENT: Record<string, string> = { '11': 'государственный грант', '12': 'платный контракт' };

/** `h_stipend_rate`, the kind a scholarship line's reason names. */
const STIPEND_RATES_RU: Record<string, string> = {
  '11': 'базовая стипендия',
  '12': 'стипендия Президента',
  '13': 'именная стипендия',
  '14': 'повышенная стипендия за отличную учёбу',
  '15': 'повышенная стипендия за отличную учёбу',
  '16': 'стипендия за отличную учёбу',
  '17': 'стипендия студентам с инвалидностью',
  '18': 'стипендия студентам-сиротам',
  '19': 'поощрительная стипендия',
};

/** The kind (from the line's rate code) and the note; a note that is only an amount is the monthly sum. */
function stipendOf(s: OrderTextStudent): string {
  const note = s.note.trim();
  const amount = note && AMOUNT_NOTE.test(note) ? `${note} сум в месяц` : note;
  return [STIPEND_RATES_RU[s.reason] ?? '', amount].filter(Boolean).join(', ');
}

/** Russian names of the Uzbek cities with a university, as the profile spells them in Latin. */
const CITIES: Record<string, string> = {
  toshkent: 'Ташкент',
  samarqand: 'Самарканд',
  buxoro: 'Бухара',
  fargʻona: 'Фергана',
  andijon: 'Андижан',
  namangan: 'Наманган',
  qarshi: 'Карши',
  termiz: 'Термез',
  nukus: 'Нукус',
  urganch: 'Ургенч',
  jizzax: 'Джизак',
  guliston: 'Гулистан',
  navoiy: 'Навои',
  chirchiq: 'Чирчик',
  qoʻqon: 'Коканд',
  xiva: 'Хива',
};

/** Positions typed in Uzbek that have a fixed Russian form; anything else prints as typed. */
const POSITIONS: Record<string, string> = {
  rektor: 'Ректор',
  'rektor v.b.': 'И.о. ректора',
  'rektor vazifasini bajaruvchi': 'Исполняющий обязанности ректора',
  prorektor: 'Проректор',
  'birinchi prorektor': 'Первый проректор',
  'oʻquv ishlari boʻyicha prorektor': 'Проректор по учебной работе',
};

const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' ');
const name = (s: OrderTextStudent) => (s.nameCyr.trim() || s.nameLat.trim()).trim();
const studentWord = (s: OrderTextStudent) => (s.gender === '12' ? 'студентка' : 'студент');

/** "(Экономический факультет, государственный грант)" — what is known of it. */
function bracket(...parts: string[]): string {
  const inside = parts.map((p) => p.trim()).filter(Boolean);
  return inside.length ? `(${inside.join(', ')})` : '';
}

/** "2 курса группы IQT-24" */
const placeOf = (course: number | null, group: string) =>
  join(course ? `${course} курса` : '', group.trim() ? `группы ${group.trim()}` : '');

const payOf = (s: OrderTextStudent) => (s.paymentForm ? (PAYMENT[s.paymentForm] ?? '') : '');

/** "Алиев Бобур, студент 2 курса группы IQT-24 (Экономический факультет, государственный грант)," */
const who = (s: OrderTextStudent) =>
  `${name(s)}, ${join(studentWord(s), placeOf(s.course, s.group), bracket(s.faculty.ru, payOf(s)))},`;

/** "на 3 курс в группу IQT-23 (Экономический факультет)" */
const whereTo = (s: OrderTextStudent) =>
  s.newGroup
    ? join(
        s.newGroup.course ? `на ${s.newGroup.course} курс` : '',
        `в группу ${s.newGroup.name}`,
        bracket(s.newGroup.faculty.ru),
      )
    : '';

const revokedRef = (r: RevokedOrder | null) =>
  r ? join('приказа', r.orderDate ? `от ${ruDate(r.orderDate)}` : '', r.number ? `№ ${r.number}` : '') : 'приказа';

const TITLES: Record<OrderType, [one: string, many: string]> = {
  expulsion: ['Об отчислении студента', 'Об отчислении студентов'],
  academicLeave: [
    'О предоставлении академического отпуска студенту',
    'О предоставлении академического отпуска студентам',
  ],
  repeatYear: [
    'Об оставлении студента на повторный курс обучения',
    'Об оставлении студентов на повторный курс обучения',
  ],
  promotion: ['О переводе студента на следующий курс', 'О переводе студентов на следующий курс'],
  reinstatement: ['О восстановлении студента', 'О восстановлении студентов'],
  transfer: ['О переводе студента', 'О переводе студентов'],
  graduation: ['Об окончании обучения студентом', 'Об окончании обучения студентами'],
  scholarship: ['О назначении стипендии студенту', 'О назначении стипендии студентам'],
  individualSchedule: [
    'Об обучении студента по индивидуальному графику',
    'Об обучении студентов по индивидуальному графику',
  ],
  graduationTopics: [
    'Об утверждении темы выпускной квалификационной работы',
    'Об утверждении тем выпускных квалификационных работ',
  ],
  admission: ['О зачислении в число студентов', 'О зачислении в число студентов'],
  groupChange: ['О переводе студента в другую группу', 'О переводе студентов в другую группу'],
  returnFromLeave: ['О выходе студента из академического отпуска', 'О выходе студентов из академического отпуска'],
  nameChange: ['Об изменении фамилии, имени, отчества студента', 'Об изменении фамилии, имени, отчества студентов'],
  revocation: ['Об отмене пункта приказа', 'Об отмене пунктов приказа'],
};

type Sentence = (s: OrderTextStudent, from: string, reverses: RevokedOrder | null) => string;

const PARAGRAPHS: Partial<Record<OrderType, Sentence>> = {
  expulsion: (s, from) => `${who(s)} — ${join('отчислить из числа студентов с', from, EXPEL_REASONS_RU[s.reason])}.`,
  academicLeave: (s, from) =>
    `${who(s)} — ${join(
      'предоставить академический отпуск с',
      from,
      s.leaveUntil ? `по ${ruDate(s.leaveUntil)}` : '',
      LEAVE_REASONS_RU[s.reason],
    )}.`,
  reinstatement: (s, from) =>
    `${join(name(s), bracket(payOf(s)))} — ${join('восстановить в число студентов с', from, whereTo(s))}.`,
  transfer: (s, from) => `${who(s)} — ${join('перевести с', from, whereTo(s))}.`,
  groupChange: (s, from) =>
    `${who(s)} — ${join('перевести с', from, s.newGroup ? `в группу ${s.newGroup.name}` : '')}.`,
  returnFromLeave: (s, from) =>
    `${who(s)} — ${join(
      'допустить к занятиям с',
      from,
      'в связи с окончанием академического отпуска',
      s.newGroup ? `в группе ${s.newGroup.name}` : '',
    )}.`,
  nameChange: (s, from) =>
    `${who(s)} — в соответствии с новым паспортом с ${from} считать фамилию, имя, отчество: «${(s.newName ?? '').trim()}».`,
  revocation: (s, from, r) =>
    `${who(s)} — ${join(
      'с',
      from,
      'отменить',
      s.revokedParagraph ? `пункт ${s.revokedParagraph}` : 'соответствующий пункт',
      revokedRef(r),
      'в части, касающейся данного студента',
    )}.`,
};

/** `place`: "2 курса группы IQT-24 (Экономический факультет)". */
type LeadIn = (place: string, from: string, s: OrderTextStudent) => string;

const LEAD_INS: Partial<Record<OrderType, LeadIn>> = {
  promotion: (place, from, s) =>
    `Перевести с ${from} ${s.course ? `на ${s.course + 1} курс` : 'на следующий курс'} следующих студентов ${place}:`,
  repeatYear: (place, from, s) =>
    `Оставить на повторное обучение ${s.course ? `на ${s.course} курсе ` : ''}с ${from} в связи с невыполнением учебного плана следующих студентов ${place}:`,
  graduation: (place, from) =>
    `Считать окончившими обучение с ${from} следующих студентов ${place}, выполнивших учебный план и успешно прошедших итоговую государственную аттестацию:`,
  scholarship: (place, from) => `Назначить стипендию с ${from} следующим студентам ${place}:`,
  individualSchedule: (place, from) =>
    `Разрешить обучение по индивидуальному графику с ${from} следующим студентам ${place}:`,
  graduationTopics: (place) => `Утвердить темы выпускных квалификационных работ студентов ${place}:`,
  admission: (place, from) => `Зачислить с ${from} в число студентов ${place} следующих лиц:`,
};

export const ORDER_WORDS_RU: OrderWords = {
  heading: 'ПРИКАЗ',
  command: 'ПРИКАЗЫВАЮ:',
  basisLabel: 'Основание:',
  draft: 'ПРОЕКТ',
  excerptHeading: 'ВЫПИСКА ИЗ ПРИКАЗА',
  excerptCertified: 'Выписка верна:',
  date: ruDate,
  blankDate: '«____» ____________ 20___ г.',
  number: (n) => `№ ${n}`,
  blankNumber: '№ ________',
  place: (city) => {
    if (/[\u0400-\u04ff]/.test(city)) return /^г\./.test(city) ? city : `г. ${city}`;
    const bare = city.replace(/\s+(sh\.|shahri|shahar)$/i, '').trim();
    return `г. ${CITIES[bare.toLocaleLowerCase('uz')] ?? bare}`;
  },
  position: (typed) => POSITIONS[typed.trim().toLocaleLowerCase('uz')] ?? (typed.trim() || 'Ректор'),
  title: (type, count, r) => {
    if (type === 'revocation' && r && (r.number || r.orderDate))
      return `Об отмене ${count === 1 ? 'пункта' : 'пунктов'} ${revokedRef(r)}`;
    return TITLES[type][count === 1 ? 0 : 1];
  },
  paragraph: (type, s, r) => {
    const sentence = PARAGRAPHS[type];
    if (sentence) return sentence(s, ruDate(s.effectiveDate), r);
    return `${ORDER_WORDS_RU.leadIn(type, s)} ${ORDER_WORDS_RU.item(type, s)}.`;
  },
  leadIn: (type, s) => {
    const lead = LEAD_INS[type];
    if (!lead) return ORDER_WORDS_RU.paragraph(type, s, null);
    const placed = type === 'admission' && s.newGroup;
    const place = placed
      ? join(placeOf(s.newGroup!.course, s.newGroup!.name), bracket(s.newGroup!.faculty.ru))
      : join(placeOf(s.course, s.group), bracket(s.faculty.ru));
    return lead(place, ruDate(s.effectiveDate), s);
  },
  item: (type, s) => {
    const note = s.note.trim();
    if (type === 'graduationTopics') return note ? `${name(s)} — «${note}»` : name(s);
    const detail = type === 'scholarship' ? stipendOf(s) : note;
    return `${join(name(s), bracket(payOf(s)))}${detail ? ` — ${detail}` : ''}`;
  },
};
