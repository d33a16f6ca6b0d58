/**
 * The office's built-in request types (issue 7), as data: the duties of a registrar's office that a visitor
 * asks for at the counter. They are written into `request_types` by the "restore built-in types" command and
 * by the demo, and from then on they are the office's to rename, re-time or retire; a restore only adds the
 * codes that are missing and never overwrites what the office changed.
 */

/** A name in every interface language; the type's name is data, so it cannot live in the message catalogs. */
export interface TypeNames {
  'uz-Latn': string;
  'uz-Cyrl': string;
  ru: string;
  en: string;
}

export interface RequiredAttachment {
  /** Stable within the type: an attachment uploaded for it keeps pointing at it after a rename. */
  id: string;
  names: TypeNames;
}

export interface BuiltInRequestType {
  code: string;
  names: TypeNames;
  deadlineDays: number;
  requiredAttachments: RequiredAttachment[];
  /** The document the office issues to close the request (a `DocumentTypeCode`). */
  documentType: string | null;
}

/** "Three working days" is the office's standing promise (issue 7); a type says otherwise only with a reason. */
export const DEFAULT_DEADLINE_DAYS = 3;

const n = (uzLatn: string, uzCyrl: string, ru: string, en: string): TypeNames => ({
  'uz-Latn': uzLatn,
  'uz-Cyrl': uzCyrl,
  ru,
  en,
});

const APPLICATION: RequiredAttachment = { id: 'application', names: n('Ariza', 'Ариза', 'Заявление', 'Application') };
const PASSPORT: RequiredAttachment = {
  id: 'passport',
  names: n('Pasport nusxasi', 'Паспорт нусхаси', 'Копия паспорта', 'Passport copy'),
};
const PAYMENT: RequiredAttachment = {
  id: 'payment',
  names: n('Toʻlov kvitansiyasi', 'Тўлов квитанцияси', 'Квитанция об оплате', 'Payment receipt'),
};
const MEDICAL: RequiredAttachment = {
  id: 'medical',
  names: n('Tibbiy maʼlumotnoma', 'Тиббий маълумотнома', 'Медицинская справка', 'Medical certificate'),
};
const TRANSCRIPT: RequiredAttachment = {
  id: 'transcript',
  names: n('Akademik maʼlumotnoma', 'Академик маълумотнома', 'Академическая справка', 'Academic transcript'),
};
const DIPLOMA: RequiredAttachment = {
  id: 'diploma',
  names: n('Diplom nusxasi', 'Диплом нусхаси', 'Копия диплома', 'Diploma copy'),
};
const RENT: RequiredAttachment = {
  id: 'rent',
  names: n('Ijara shartnomasi', 'Ижара шартномаси', 'Договор аренды', 'Rental agreement'),
};

const type = (
  code: string,
  names: TypeNames,
  requiredAttachments: RequiredAttachment[] = [],
  deadlineDays = DEFAULT_DEADLINE_DAYS,
  documentType: string | null = null,
): BuiltInRequestType => ({ code, names, deadlineDays, requiredAttachments, documentType });

/**
 * In the order the counter offers them. Deadlines other than three days: moves between institutions need the
 * other side's answer (ten days), a HEMIS password and a document from the engine are same-week work.
 */
export const BUILT_IN_REQUEST_TYPES: readonly BuiltInRequestType[] = [
  type(
    'document',
    n('Maʼlumotnoma berish', 'Маълумотнома бериш', 'Выдача справки', 'Certificate from the office'),
    [],
    1,
    'enrolment',
  ),
  type(
    'restudy',
    n(
      'Fanlarni guruh bilan qayta oʻqish',
      'Фанларни гуруҳ билан қайта ўқиш',
      'Повторное изучение предметов с группой',
      'Re-study of subjects with a group',
    ),
    [APPLICATION],
  ),
  type(
    'transfer',
    n('Oʻqishni koʻchirish', 'Ўқишни кўчириш', 'Перевод', 'Transfer'),
    [APPLICATION, PASSPORT, TRANSCRIPT],
    10,
  ),
  type(
    'reinstatement',
    n('Oʻqishga tiklash', 'Ўқишга тиклаш', 'Восстановление', 'Reinstatement'),
    [APPLICATION, PASSPORT, TRANSCRIPT],
    10,
  ),
  type(
    'academicLeave',
    n('Akademik taʼtil', 'Академик таътил', 'Академический отпуск', 'Academic leave'),
    [APPLICATION, MEDICAL],
    5,
  ),
  type(
    'secondDegree',
    n(
      'Ikkinchi oliy taʼlimga ariza (yordam)',
      'Иккинчи олий таълимга ариза (ёрдам)',
      'Заявка на второе высшее (помощь)',
      'Second degree application (assistance)',
    ),
    [PASSPORT, DIPLOMA],
  ),
  type(
    'masters',
    n(
      'Magistraturaga ariza (yordam)',
      'Магистратурага ариза (ёрдам)',
      'Заявка в магистратуру (помощь)',
      'Master’s application (assistance)',
    ),
    [PASSPORT, DIPLOMA],
  ),
  type(
    'dormitory',
    n('Yotoqxonaga joylashtirish', 'Ётоқхонага жойлаштириш', 'Заселение в общежитие', 'Dormitory placement'),
    [APPLICATION, PASSPORT],
  ),
  type('rentSubsidy', n('Ijara uchun subsidiya', 'Ижара учун субсидия', 'Субсидия на аренду жилья', 'Rent subsidy'), [
    APPLICATION,
    RENT,
  ]),
  type('medicalInsurance', n('Tibbiy sugʻurta', 'Тиббий суғурта', 'Медицинское страхование', 'Medical insurance'), [
    PASSPORT,
  ]),
  type(
    'hemisPassword',
    n('HEMIS parolini tiklash', 'HEMIS паролини тиклаш', 'Сброс пароля HEMIS', 'HEMIS password reset'),
    [],
    1,
  ),
  type(
    'paymentContract',
    n('Toʻlov-kontrakt shartnomasi', 'Тўлов-контракт шартномаси', 'Договор об оплате', 'Payment contract'),
    [PASSPORT],
  ),
  type(
    'restudyContract',
    n('Qayta oʻqish shartnomasi', 'Қайта ўқиш шартномаси', 'Договор на повторное изучение', 'Re-study contract'),
    [APPLICATION, PAYMENT],
  ),
  type(
    'foreignAdmission',
    n(
      'Xorijiy talabani qabul qilish',
      'Хорижий талабани қабул қилиш',
      'Приём иностранного студента',
      'Foreign student admission',
    ),
    [APPLICATION, PASSPORT, DIPLOMA, MEDICAL],
    10,
  ),
  type(
    'studyAbroad',
    n(
      'Xorijda oʻqish boʻyicha maslahat',
      'Хорижда ўқиш бўйича маслаҳат',
      'Консультация по учёбе за рубежом',
      'Study abroad consultation',
    ),
  ),
  type(
    'jointProgramme',
    n(
      'Qoʻshma dasturlar boʻyicha maslahat',
      'Қўшма дастурлар бўйича маслаҳат',
      'Консультация по совместным программам',
      'Joint programme consultation',
    ),
  ),
  type('scientificClubs', n('Ilmiy toʻgaraklar', 'Илмий тўгараклар', 'Научные кружки', 'Scientific clubs')),
  type(
    'employment',
    n(
      'Ishga joylashish boʻyicha maslahat',
      'Ишга жойлашиш бўйича маслаҳат',
      'Консультация по трудоустройству',
      'Employment advice',
    ),
  ),
];

/** The name in the asked language, falling back to Uzbek (the office's working language) when it is empty. */
export function typeName(names: Partial<TypeNames> | null | undefined, locale: keyof TypeNames): string {
  return (names?.[locale] ?? '').trim() || (names?.['uz-Latn'] ?? '').trim();
}
