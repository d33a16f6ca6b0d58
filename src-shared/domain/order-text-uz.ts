import type { OrderType } from './orders';
import type { OrderTextStudent, OrderWords, RevokedOrder } from './order-text';
import { AMOUNT_NOTE } from './scholarships';

/**
 * The sentences of an order in Uzbek (Latin), after the office's practice (DOMAIN §4.2): "1. <Fakultet>
 * <kurs>-kurs <guruh> guruh talabasi <F.I.Sh.> (<davlat granti>) <sana>dan <sabab> talabalar safidan
 * chetlashtirilsin." Names print as stored; a case ending (-ga, -ning) is joined to the whole F.I.Sh.
 * (§5.4), never to a part of it.
 */

const MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];

/** "2026-yil 28-noyabr" (a suffix such as -dan, -gacha, -dagi is joined by the caller). */
export function uzDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}-yil ${d}-${MONTHS[m - 1] ?? ''}`;
}

/** `h_expel_reason` as the adverbial of "… talabalar safidan chetlashtirilsin". */
export const EXPEL_REASONS_UZ: Record<string, string> = {
  '11': 'oʻz xohishiga koʻra',
  '12': 'boshqa oliy taʼlim muassasasiga oʻqishini koʻchirganligi sababli',
  '13': 'salomatligi tufayli',
  '14': 'oʻquv intizomini buzganligi sababli',
  '15': 'darslarni sababsiz qoldirganligi sababli',
  '16': 'toʻlov-shartnoma boʻyicha toʻlovni amalga oshirmaganligi sababli',
  '17': 'ozodlikdan mahrum etilganligi sababli',
  '18': 'oʻqishga kirish tartibini buzganligi sababli',
  '19': 'vafot etganligi sababli',
};

/** `h_academic_reason` 11–14 and 15 (care of a sick family member, VMQ 344) as "… akademik taʼtil berilsin"'s purpose. */
export const LEAVE_REASONS_UZ: Record<string, string> = {
  '11': 'muddatli harbiy xizmatga chaqirilganligi munosabati bilan',
  '12': 'salomatligini tiklash uchun',
  '13': 'homiladorlik va tugʻish munosabati bilan',
  '14': 'bolani parvarish qilish uchun',
  '15': 'oilasining betob aʼzosini parvarish qilish uchun',
};

const PAYMENT: Record<string, string> = { '11': 'davlat granti', '12': 'toʻlov-shartnoma' };

/** `h_stipend_rate`, the kind a scholarship line's reason names. */
const STIPEND_RATES_UZ: Record<string, string> = {
  '11': 'bazaviy stipendiya',
  '12': 'Prezident stipendiyasi',
  '13': 'nomdor stipendiya',
  '14': 'aʼlo baholar uchun oshirilgan stipendiya',
  '15': 'aʼlo baholar uchun oshirilgan stipendiya',
  '16': 'aʼlo baholar uchun stipendiya',
  '17': 'nogironligi boʻlgan talabalar stipendiyasi',
  '18': 'yetim talabalar stipendiyasi',
  '19': 'ragʻbatlantiruvchi stipendiya',
};

/** The kind (from the line's rate code) and the note; a note that is only an amount is the monthly sum. */
function stipendOf(s: OrderTextStudent): string {
  const note = s.note.trim();
  const amount = note && AMOUNT_NOTE.test(note) ? `oyiga ${note} soʻm` : note;
  return [STIPEND_RATES_UZ[s.reason] ?? '', amount].filter(Boolean).join(', ');
}

/** Dative of a whole name: -ga, after k -ka, after q -qa (Boburga, Erkinbekka, Ishoqqa). */
export function dative(name: string): string {
  const last = name.trim().slice(-1).toLocaleLowerCase('uz');
  return `${name.trim()}${last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga'}`;
}

const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' ');

/** "Iqtisodiyot fakulteti" as stored; a name without the word gets it ("Iqtisodiyot" → "Iqtisodiyot fakulteti"). */
function faculty(name: string): string {
  const n = name.trim();
  if (!n) return '';
  return /fakultet/i.test(n) ? n : `${n} fakulteti`;
}

/** "Iqtisodiyot fakulteti 2-kurs IQT-24 guruh" — what is known of where the student studies. */
function placeOf(fac: string, course: number | null, group: string, groupWord = 'guruh'): string {
  return join(faculty(fac), course ? `${course}-kurs` : '', group.trim() ? `${group.trim()} ${groupWord}` : '');
}

const payOf = (s: OrderTextStudent) => (s.paymentForm && PAYMENT[s.paymentForm] ? ` (${PAYMENT[s.paymentForm]})` : '');
const name = (s: OrderTextStudent) => s.nameLat.trim();
/** "Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi" */
const studentOf = (s: OrderTextStudent) => join(placeOf(s.faculty['uz-Latn'], s.course, s.group), 'talabasi');
const where = (s: OrderTextStudent) =>
  s.newGroup ? placeOf(s.newGroup.faculty['uz-Latn'], s.newGroup.course, s.newGroup.name, 'guruhi') : '';
const revokedRef = (r: RevokedOrder | null) =>
  r ? join(r.orderDate ? `${uzDate(r.orderDate)}dagi` : '', r.number ? `${r.number}-sonli` : '', 'buyruq') : 'buyruq';

const TITLES: Record<OrderType, [one: string, many: string]> = {
  expulsion: ['Talabani oʻqishdan chetlashtirish toʻgʻrisida', 'Talabalarni oʻqishdan chetlashtirish toʻgʻrisida'],
  academicLeave: ['Talabaga akademik taʼtil berish toʻgʻrisida', 'Talabalarga akademik taʼtil berish toʻgʻrisida'],
  repeatYear: ['Talabani kursdan qoldirish toʻgʻrisida', 'Talabalarni kursdan qoldirish toʻgʻrisida'],
  promotion: ['Talabani keyingi kursga oʻtkazish toʻgʻrisida', 'Talabalarni kursdan kursga oʻtkazish toʻgʻrisida'],
  reinstatement: ['Talabani oʻqishga tiklash toʻgʻrisida', 'Talabalarni oʻqishga tiklash toʻgʻrisida'],
  transfer: ['Talabaning oʻqishini koʻchirish toʻgʻrisida', 'Talabalarning oʻqishini koʻchirish toʻgʻrisida'],
  graduation: ['Talabaning oʻqishni tamomlaganligi toʻgʻrisida', 'Talabalarning oʻqishni tamomlaganligi toʻgʻrisida'],
  scholarship: ['Talabaga stipendiya tayinlash toʻgʻrisida', 'Talabalarga stipendiya tayinlash toʻgʻrisida'],
  individualSchedule: [
    'Talabaga shaxsiy grafik asosida oʻqishga ruxsat berish toʻgʻrisida',
    'Talabalarga shaxsiy grafik asosida oʻqishga ruxsat berish toʻgʻrisida',
  ],
  graduationTopics: [
    'Bitiruv malakaviy ishi mavzusini tasdiqlash toʻgʻrisida',
    'Bitiruv malakaviy ishlari mavzularini tasdiqlash toʻgʻrisida',
  ],
  admission: ['Talabalikka qabul qilish toʻgʻrisida', 'Talabalikka qabul qilish toʻgʻrisida'],
  groupChange: ['Talabani boshqa guruhga oʻtkazish toʻgʻrisida', 'Talabalarni boshqa guruhga oʻtkazish toʻgʻrisida'],
  returnFromLeave: [
    'Talabaning akademik taʼtildan qaytishi toʻgʻrisida',
    'Talabalarning akademik taʼtildan qaytishi toʻgʻrisida',
  ],
  nameChange: [
    'Talabaning familiyasi, ismi va otasining ismini oʻzgartirish toʻgʻrisida',
    'Talabalarning familiyasi, ismi va otasining ismini oʻzgartirish toʻgʻrisida',
  ],
  revocation: ['Buyruqning bandini bekor qilish toʻgʻrisida', 'Buyruqning ayrim bandlarini bekor qilish toʻgʻrisida'],
};

type Sentence = (s: OrderTextStudent, from: string, reverses: RevokedOrder | null) => string;

const PARAGRAPHS: Partial<Record<OrderType, Sentence>> = {
  expulsion: (s, from) =>
    `${join(studentOf(s), name(s))}${payOf(s)} ${join(`${from}dan`, EXPEL_REASONS_UZ[s.reason])} talabalar safidan chetlashtirilsin.`,
  academicLeave: (s, from) =>
    `${join(studentOf(s), dative(name(s)))}${payOf(s)} ${join(
      LEAVE_REASONS_UZ[s.reason],
      `${from}dan`,
      s.leaveUntil ? `${uzDate(s.leaveUntil)}gacha` : '',
    )} akademik taʼtil berilsin.`,
  reinstatement: (s, from) =>
    `Ilgari talabalar safidan chetlashtirilgan ${name(s)}${payOf(s)} ${join(`${from}dan`, where(s) ? `${where(s)}ga` : '')} oʻqishga tiklansin.`,
  transfer: (s, from) =>
    `${join(studentOf(s), name(s))}ning${payOf(s)} oʻqishi ${join(`${from}dan`, where(s) ? `${where(s)}ga` : '')} koʻchirilsin.`,
  groupChange: (s, from) =>
    `${join(studentOf(s), name(s))}${payOf(s)} ${join(`${from}dan`, s.newGroup ? `${s.newGroup.name} guruhiga` : '')} oʻtkazilsin.`,
  returnFromLeave: (s, from) =>
    `Akademik taʼtildagi ${join(studentOf(s), name(s))}${payOf(s)} ${from}dan akademik taʼtildan qaytgan deb hisoblansin va ${
      s.newGroup ? `${s.newGroup.name} guruhida` : s.group ? `${s.group} guruhida` : ''
    } oʻqishga ruxsat etilsin.`,
  nameChange: (s, from) =>
    `${join(studentOf(s), name(s))}ning familiyasi, ismi va otasining ismi yangi pasportiga muvofiq ${from}dan «${(s.newName ?? '').trim()}» deb oʻzgartirilsin.`,
  revocation: (s, from, r) =>
    `${join(studentOf(s), dative(name(s)))} nisbatan ${revokedRef(r)}ning ${
      s.revokedParagraph ? `${s.revokedParagraph}-bandi` : 'tegishli bandi'
    } ${from}dan bekor qilinsin.`,
};

/** `place(word)`: "Iqtisodiyot fakulteti 2-kurs IQT-24 <word>" as far as it is known (no group: no word). */
type LeadIn = (place: (groupWord: string) => string, from: string, s: OrderTextStudent) => string;

const LEAD_INS: Partial<Record<OrderType, LeadIn>> = {
  promotion: (place, from, s) =>
    `${place('guruhining')} quyidagi talabalari ${from}dan ${s.course ? `${s.course + 1}-kursga` : 'keyingi kursga'} oʻtkazilsin:`,
  repeatYear: (place, from, s) =>
    `${place('guruhining')} quyidagi talabalari oʻquv rejasini bajarmaganligi sababli ${from}dan ${
      s.course ? `${s.course}-kursda` : 'shu kursda'
    } takroriy oʻqish uchun qoldirilsin:`,
  graduation: (place, from) =>
    `${place('guruhining')} oʻquv rejasini toʻliq bajargan va yakuniy davlat attestatsiyasidan muvaffaqiyatli oʻtgan quyidagi talabalari ${from}dan oʻqishni tamomlagan deb hisoblansin:`,
  scholarship: (place, from) => `${place('guruhining')} quyidagi talabalariga ${from}dan stipendiya tayinlansin:`,
  individualSchedule: (place, from) =>
    `${place('guruhining')} quyidagi talabalariga ${from}dan shaxsiy grafik asosida oʻqishga ruxsat berilsin:`,
  graduationTopics: (place) =>
    `${place('guruhi')} talabalarining bitiruv malakaviy ishlari mavzulari quyidagicha tasdiqlansin:`,
  admission: (place, from) => `Quyidagi shaxslar ${from}dan ${place('guruhiga')} talabalikka qabul qilinsin:`,
};

export const ORDER_WORDS_UZ: OrderWords = {
  heading: 'BUYRUQ',
  command: 'BUYURAMAN:',
  basisLabel: 'Asos:',
  draft: 'QORALAMA',
  excerptHeading: 'BUYRUQDAN KOʻCHIRMA',
  excerptCertified: 'Koʻchirma toʻgʻri:',
  date: uzDate,
  blankDate: '«____» ____________ 20___-yil',
  number: (n) => `№ ${n}`,
  blankNumber: '№ ________',
  place: (city) => (/\bsh\.|shahr|shahar/i.test(city) ? city : `${city} sh.`),
  position: (typed) => typed.trim() || 'Rektor',
  title: (type, count, r) => {
    if (type === 'revocation' && r && (r.number || r.orderDate))
      return `${revokedRef(r)}ning ${count === 1 ? 'bandini' : 'ayrim bandlarini'} bekor qilish toʻgʻrisida`.replace(
        /^./,
        (c) => c.toLocaleUpperCase('uz'),
      );
    return TITLES[type][count === 1 ? 0 : 1];
  },
  paragraph: (type, s, r) => {
    const sentence = PARAGRAPHS[type];
    if (sentence) return sentence(s, uzDate(s.effectiveDate), r);
    // A list type named on its own (never produced by the builder): its lead-in and the student.
    return `${ORDER_WORDS_UZ.leadIn(type, s)} ${ORDER_WORDS_UZ.item(type, s)}.`;
  },
  leadIn: (type, s) => {
    const lead = LEAD_INS[type];
    if (!lead) return ORDER_WORDS_UZ.paragraph(type, s, null);
    const at = type === 'admission' && s.newGroup ? s.newGroup : { ...s, name: s.group };
    const fac = type === 'admission' && s.newGroup ? s.newGroup.faculty : s.faculty;
    return lead((word) => placeOf(fac['uz-Latn'], at.course, at.name, word), uzDate(s.effectiveDate), s);
  },
  item: (type, s) => {
    const note = s.note.trim();
    if (type === 'graduationTopics') return note ? `${name(s)} — «${note}»` : name(s);
    const detail = type === 'scholarship' ? stipendOf(s) : note;
    return `${name(s)}${payOf(s)}${detail ? ` — ${detail}` : ''}`;
  },
};
