/**
 * Header auto-detection for student spreadsheets: HEMIS field names and the headers offices
 * really use in Uzbek (Latin and Cyrillic), Russian and English, with any apostrophe or case.
 * Headers are compared by their folded form (`foldName`), so `Tugʻilgan sana`, `Tug'ilgan sana`
 * and `Туғилган сана` are one synonym.
 */
import { foldName } from './search-key';

export const STUDENT_IMPORT_FIELDS = [
  'lastNameLat',
  'firstNameLat',
  'patronymicLat',
  'lastNameCyr',
  'firstNameCyr',
  'patronymicCyr',
  'fullName',
  'lastNamePassport',
  'firstNamePassport',
  'pinfl',
  'passport',
  'birthDate',
  'gender',
  'citizenship',
  'phone',
  'email',
  'studentIdNumber',
  'hemisId',
  'group',
  'course',
  'educationForm',
  'educationType',
  'paymentForm',
  'status',
  'yearOfEnter',
  'address',
] as const;
export type StudentImportField = (typeof STUDENT_IMPORT_FIELDS)[number];

/** Synonyms written naturally; they are folded once at load. */
const SYNONYMS: Record<StudentImportField, string[]> = {
  lastNameLat: ['second_name', 'familiya', 'familiyasi', 'фамилия', 'фамилияси', 'last name', 'surname', 'family name'],
  firstNameLat: ['first_name', 'ism', 'ismi', 'исм', 'исми', 'имя', 'first name', 'given name', 'name'],
  patronymicLat: [
    'third_name',
    'otasining ismi',
    'sharifi',
    'отасининг исми',
    'шарифи',
    'отчество',
    'patronymic',
    'middle name',
    "father's name",
  ],
  lastNameCyr: ['familiya kirill', 'фамилия (кирилл)', 'фамилия кириллица', 'last name cyrillic'],
  firstNameCyr: ['ism kirill', 'имя (кирилл)', 'имя кириллица', 'first name cyrillic'],
  patronymicCyr: ['otasining ismi kirill', 'отчество (кирилл)', 'отчество кириллица', 'patronymic cyrillic'],
  fullName: ['full_name', 'f.i.sh.', 'fish', 'f i sh', 'ф.и.ш.', 'ф.и.о.', 'фио', 'talabaning f.i.sh.', 'full name'],
  lastNamePassport: ['familiya pasport', 'surname (passport)', 'last name passport', 'фамилия (паспорт)'],
  firstNamePassport: ['ism pasport', 'given name (passport)', 'first name passport', 'имя (паспорт)'],
  pinfl: ['passport_pin', 'pinfl', 'jshshir', 'jshshr', 'жшшир', 'пинфл', 'пинфл', 'personal id', 'jsh shir'],
  passport: [
    'passport_number',
    'pasport',
    'pasport seriyasi va raqami',
    'pasport seriya va raqami',
    'паспорт',
    'серия и номер паспорта',
    'паспорт серия номер',
    'passport',
    'passport number',
  ],
  birthDate: [
    'birth_date',
    "tug'ilgan sana",
    "tug'ilgan sanasi",
    'туғилган сана',
    'дата рождения',
    'date of birth',
    'birth date',
    'dob',
  ],
  gender: ['gender', 'jinsi', 'jins', 'жинси', 'пол', 'sex'],
  citizenship: ['citizenship', 'fuqaroligi', 'фуқаролиги', 'гражданство', 'nationality'],
  phone: ['phone', 'telefon', 'telefon raqami', 'телефон', 'номер телефона', 'mobile', 'phone number'],
  email: ['email', 'e-mail', 'elektron pochta', 'электрон почта', 'эл. почта', 'почта'],
  studentIdNumber: [
    'student_id_number',
    'talaba id',
    'talaba id raqami',
    'id raqami',
    'студенческий id',
    'student id',
    'student number',
  ],
  hemisId: ['id', 'hemis id', 'hemis_id'],
  group: ['group', 'guruh', 'guruhi', 'гуруҳ', 'группа', 'academic group'],
  course: ['level', 'kurs', 'kursi', 'курс', 'course', 'year of study'],
  educationForm: [
    'educationform',
    "ta'lim shakli",
    'таълим шакли',
    'форма обучения',
    'mode of study',
    'education form',
  ],
  educationType: ['educationtype', "ta'lim turi", 'таълим тури', 'тип обучения', 'degree level', 'education type'],
  paymentForm: ['paymentform', "to'lov shakli", 'тўлов шакли', 'форма оплаты', 'funding', 'payment form'],
  status: ['studentstatus', 'holati', 'talaba holati', 'ҳолати', 'статус', 'status'],
  yearOfEnter: ['year_of_enter', "o'qishga kirgan yili", 'кирган йили', 'год поступления', 'year of admission'],
  address: ['address', 'manzil', 'yashash manzili', 'манзил', 'адрес', 'home address'],
};

const FOLDED: Map<string, StudentImportField> = new Map();
for (const [field, names] of Object.entries(SYNONYMS) as [StudentImportField, string[]][]) {
  for (const name of names) FOLDED.set(foldName(name.replace(/_/g, ' ')), field);
}

export function fieldForHeader(header: string): StudentImportField | null {
  const folded = foldName(String(header).replace(/_/g, ' '));
  if (!folded) return null;
  return FOLDED.get(folded) ?? null;
}

export interface HeaderMapping {
  /** Column index → field. */
  columns: Record<number, StudentImportField>;
  /** Headers that matched no field (shown for manual mapping). */
  unknown: { index: number; header: string }[];
  /** A field claimed by two columns: only the first is used. */
  duplicates: { index: number; header: string; field: StudentImportField }[];
}

export function detectHeaderMapping(headers: readonly (string | null | undefined)[]): HeaderMapping {
  const mapping: HeaderMapping = { columns: {}, unknown: [], duplicates: [] };
  const used = new Set<StudentImportField>();
  headers.forEach((raw, index) => {
    const header = String(raw ?? '').trim();
    if (!header) return;
    const field = fieldForHeader(header);
    if (!field) mapping.unknown.push({ index, header });
    else if (used.has(field)) mapping.duplicates.push({ index, header, field });
    else {
      used.add(field);
      mapping.columns[index] = field;
    }
  });
  return mapping;
}
