/**
 * Spreadsheet text → HEMIS classifier codes (DOMAIN §1.5). Offices type names, not codes:
 * `Kunduzgi`, `Очная`, `Full-time`, `grant`, `Kontrakt`, `Oʻqimoqda`… Matching is on the folded form.
 */
import { foldName } from '../../../../src-shared/domain/search-key';

function table(entries: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(entries)) {
    map.set(code, code);
    for (const name of names) map.set(foldName(name), code);
  }
  return map;
}

const EDUCATION_FORM = table({
  '11': ['kunduzgi', 'кундузги', 'очная', 'очное', 'дневная', 'full-time', 'full time', 'day'],
  '12': ['kechki', 'кечки', 'вечерняя', 'вечернее', 'evening'],
  '13': ['sirtqi', 'сиртқи', 'заочная', 'заочное', 'part-time', 'part time', 'correspondence'],
  '14': ['maxsus sirtqi', 'махсус сиртқи', 'специальная заочная'],
  '15': ['ikkinchi oliy', 'иккинчи олий', 'второе высшее', 'second degree'],
  '16': ['masofaviy', 'масофавий', 'дистанционная', 'distance'],
  '17': ["qo'shma", 'қўшма', 'совместная', 'joint'],
});
const EDUCATION_TYPE = table({
  '11': ['bakalavriat', 'bakalavr', 'бакалавриат', 'бакалавр', 'bachelor'],
  '12': ['magistratura', 'magistr', 'магистратура', 'магистр', 'master'],
  '13': ['ordinatura', 'ординатура', 'residency'],
  '14': ['doktorantura phd', 'phd', 'докторантура phd'],
  '15': ['doktorantura dsc', 'dsc', 'докторантура dsc'],
});
const PAYMENT_FORM = table({
  '11': ['davlat granti', 'grant', 'грант', 'давлат гранти', 'бюджет', 'state grant', 'budget'],
  '12': [
    "to'lov-shartnoma",
    "to'lov shartnoma",
    'kontrakt',
    'shartnoma',
    'контракт',
    'тўлов-шартнома',
    'договор',
    'contract',
    'tuition fee',
  ],
});
const STATUS = table({
  '10': ['boshqa', 'бошқа', 'другое', 'other'],
  '11': ["o'qimoqda", 'ўқимоқда', 'обучается', 'учится', 'studying', 'active', 'enrolled'],
  '12': ['chetlashgan', 'четлашган', 'отчислен', 'expelled'],
  '13': ["akademik ta'til", 'академик таътил', 'академический отпуск', 'academic leave'],
  '14': ['bitirgan', 'битирган', 'выпускник', 'окончил', 'graduated'],
});
const LANGUAGE = table({
  '11': ["o'zbek", 'uzbek', 'ўзбек', 'узбекский'],
  '12': ['rus', 'русский', 'рус', 'russian'],
  '13': ['qoraqalpoq', 'қорақалпоқ', 'каракалпакский', 'karakalpak'],
  '14': ['ingliz', 'инглиз', 'английский', 'english'],
});

export type ClassifierName = 'educationForm' | 'educationType' | 'paymentForm' | 'status' | 'educationLang';
const TABLES: Record<ClassifierName, Map<string, string>> = {
  educationForm: EDUCATION_FORM,
  educationType: EDUCATION_TYPE,
  paymentForm: PAYMENT_FORM,
  status: STATUS,
  educationLang: LANGUAGE,
};

/** The classifier code for a typed value, or null when it is not recognised. */
export function classifierCode(name: ClassifierName, value: string): string | null {
  const t = TABLES[name];
  return t.get(value.trim()) ?? t.get(foldName(value)) ?? null;
}

/** `3`, `3-kurs`, `3 курс`, `III`, HEMIS level code `13` → 3. */
export function courseOf(value: string): number | null {
  const v = value.trim().toUpperCase();
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };
  if (roman[v]) return roman[v] ?? null;
  const m = /^(\d{1,2})/.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  if (n >= 11 && n <= 16) return n - 10;
  return n >= 1 && n <= 6 ? n : null;
}

const CITIZENSHIP = table({
  '11': [
    'uzbekistan',
    "o'zbekiston",
    'oʻzbekiston respublikasi',
    'ўзбекистон',
    'узбекистан',
    'uzb',
    'uz',
    "o'zr fuqarosi",
  ],
  '13': ["fuqaroligi yo'q", 'фуқаролиги йўқ', 'без гражданства', 'stateless'],
});

/** `11` citizen of Uzbekistan, `13` stateless, otherwise a foreigner (`12`, or the code typed). */
export function citizenshipCode(value: string): string {
  const known = CITIZENSHIP.get(value.trim()) ?? CITIZENSHIP.get(foldName(value));
  if (known) return known;
  if (foldName(value).includes('ozbekiston')) return '11';
  return /^\d+$/.test(value.trim()) && value.trim() !== '12' ? value.trim() : '12';
}
