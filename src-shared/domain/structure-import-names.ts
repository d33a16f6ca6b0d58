/**
 * What the structure import recognises, as data: the columns of each list, their header names
 * (Uzbek in either script, Russian, English; folded by `foldName`) and the names of the
 * classifier codes a cell may give instead of the code. The logic is in structure-import-sheets.ts.
 */

export const STRUCTURE_IMPORT_KINDS = ['departments', 'specialties', 'groups'] as const;
export type StructureImportKind = (typeof STRUCTURE_IMPORT_KINDS)[number];

export const STRUCTURE_IMPORT_COLUMNS = {
  departments: ['code', 'name', 'nameUzCyrl', 'nameRu', 'nameEn', 'structureType', 'parent'],
  specialties: ['code', 'name', 'nameUzCyrl', 'nameRu', 'nameEn', 'faculty', 'educationType'],
  groups: ['name', 'faculty', 'specialty', 'educationLang', 'educationForm', 'course', 'curriculum', 'tutor'],
} as const;
export type StructureColumn = (typeof STRUCTURE_IMPORT_COLUMNS)[StructureImportKind][number];
export type ColumnMap = Partial<Record<StructureColumn, number>>;

/** Columns a header row must name; without them the file is not this kind of list. */
export const REQUIRED_COLUMNS: Record<StructureImportKind, readonly StructureColumn[]> = {
  departments: ['code', 'name', 'structureType'],
  specialties: ['code', 'name', 'faculty'],
  groups: ['name', 'specialty', 'educationLang', 'educationForm', 'course'],
};

const CODE = ['kod', 'kodi', 'code', 'shifr', 'shifri'];
const NAME_LATN = ['nomi', 'nomi lotin', 'nomi lotincha', 'nomi lotin yozuvida', 'name', 'name latin', 'nazvaniye'];
const NAMES = {
  nameUzCyrl: ['nomi kirill', 'nomi kirillcha', 'nomi kirill yozuvida', 'name cyrillic', 'nazvaniye kirillitsa'],
  nameRu: [
    'nomi rus tilida',
    'nomi ruscha',
    'nomi rus',
    'name russian',
    'name in russian',
    'nazvaniye na russkom',
    'naimenovaniye na russkom',
    'nazvaniye rus',
  ],
  nameEn: [
    'nomi ingliz tilida',
    'nomi inglizcha',
    'nomi ingliz',
    'name english',
    'name in english',
    'english name',
    'nazvaniye na angliyskom',
  ],
};
const FACULTY = ['fakultet', 'fakulteti', 'fakultet kodi', 'fakultet nomi', 'faculty', 'faculty code'];

/** Folded header texts (see `foldName`: Cyrillic transliterated, apostrophes dropped, lower case). */
export const HEADER_SYNONYMS: Record<StructureImportKind, Partial<Record<StructureColumn, readonly string[]>>> = {
  departments: {
    code: [...CODE, 'bolim kodi', 'tuzilma kodi', 'department code', 'kod podrazdeleniya'],
    name: [
      ...NAME_LATN,
      'bolim',
      'bolim nomi',
      'tuzilma',
      'tuzilma nomi',
      'kafedra nomi',
      'department',
      'department name',
      'unit',
      'podrazdeleniye',
      'naimenovaniye',
      'naimenovaniye podrazdeleniya',
    ],
    ...NAMES,
    structureType: [
      'turi',
      'tur',
      'bolim turi',
      'tuzilma turi',
      'type',
      'unit type',
      'structure type',
      'tip',
      'tip podrazdeleniya',
    ],
    parent: [
      'yuqori bolim',
      'yuqori tuzilma',
      'yuqori bolim kodi',
      'tegishli fakultet',
      'fakultet',
      'fakultet kodi',
      'parent',
      'parent unit',
      'parent code',
      'faculty',
      'vishestoyasheye podrazdeleniye',
      'roditelskoye podrazdeleniye',
      'fakultet kod',
    ],
  },
  specialties: {
    code: [
      ...CODE,
      'yonalish kodi',
      'mutaxassislik kodi',
      'specialty code',
      'programme code',
      'kod spetsialnosti',
      'kod napravleniya',
      'shifr spetsialnosti',
    ],
    name: [
      ...NAME_LATN,
      'yonalish',
      'yonalish nomi',
      'mutaxassislik',
      'mutaxassislik nomi',
      'specialty',
      'specialty name',
      'programme',
      'spetsialnost',
      'napravleniye',
      'naimenovaniye',
      'naimenovaniye spetsialnosti',
    ],
    ...NAMES,
    faculty: [...FACULTY, 'department'],
    educationType: [
      'talim turi',
      'talim darajasi',
      'daraja',
      'education type',
      'degree',
      'level',
      'uroven',
      'uroven obrazovaniya',
      'tip obrazovaniya',
      'vid obrazovaniya',
    ],
  },
  groups: {
    name: ['guruh', 'guruh nomi', 'akademik guruh', 'nomi', 'group', 'group name', 'gruppa', 'nazvaniye gruppi'],
    faculty: [...FACULTY, 'department'],
    specialty: [
      'yonalish',
      'yonalish kodi',
      'mutaxassislik',
      'mutaxassislik kodi',
      'specialty',
      'specialty code',
      'spetsialnost',
      'kod spetsialnosti',
      'napravleniye',
      'kod napravleniya',
    ],
    educationLang: [
      'talim tili',
      'oqitish tili',
      'til',
      'language',
      'education language',
      'language of instruction',
      'yazik',
      'yazik obucheniya',
      'yazik obrazovaniya',
    ],
    educationForm: [
      'talim shakli',
      'oqish shakli',
      'shakl',
      'shakli',
      'education form',
      'study form',
      'form',
      'forma',
      'forma obucheniya',
    ],
    course: ['kurs', 'bosqich', 'course', 'level', 'year of study', 'kurs obucheniya'],
    curriculum: ['oquv reja', 'oquv reja nomi', 'reja', 'curriculum', 'uchebniy plan', 'uchebnyy plan'],
    tutor: [
      'tyutor',
      'tyutor fish',
      'murabbiy',
      'guruh murabbiysi',
      'tutor',
      'curator',
      'kurator',
      'tyutor fio',
      'kurator fio',
    ],
  },
};

/** Names a cell may give for a classifier code (the code itself is always accepted). */
export const STRUCTURE_TYPE_NAMES: Record<string, readonly string[]> = {
  '11': ['Fakultet', 'Факультет', 'Faculty', 'Fak'],
  '12': ['Kafedra', 'Кафедра', 'Chair', 'Department chair'],
  '13': ['Boʻlim', 'Бўлим', 'Отдел', 'Office', 'Division', 'Section'],
  '14': ['Boshqarma', 'Бошқарма', 'Управление', 'Directorate', 'Administration'],
  '15': ['Markaz', 'Марказ', 'Центр', 'Centre', 'Center'],
  '16': ['Rektorat', 'Ректорат', 'Rectorate', 'Rectorat'],
};
export const EDUCATION_TYPE_NAMES: Record<string, readonly string[]> = {
  '11': ['Bakalavriat', 'Бакалавриат', 'Bachelor', 'Bakalavr', 'Бакалавр', "Bachelor's", 'BSc', 'BA'],
  '12': ['Magistratura', 'Магистратура', 'Master', 'Magistr', 'Магистр', "Master's", 'MSc', 'MA'],
  '13': ['Ordinatura', 'Ординатура', 'Residency', 'Klinik ordinatura', 'Клиническая ординатура'],
  '14': [
    'Doktorantura (PhD)',
    'Докторантура (PhD)',
    'Докторантура (фалсафа доктори)',
    'Doktorantura (falsafa doktori)',
    'Doctorate (PhD)',
    'PhD',
    'Tayanch doktorantura',
  ],
  '15': [
    'Doktorantura (DSc)',
    'Докторантура (DSc)',
    'Докторантура (фан доктори)',
    'Doktorantura (fan doktori)',
    'Doctorate (DSc)',
    'DSc',
  ],
};
export const EDUCATION_LANG_NAMES: Record<string, readonly string[]> = {
  '11': ['Oʻzbek tili', 'Oʻzbek', 'Oʻzbekcha', 'Ўзбек тили', 'Ўзбек', 'Узбекский', 'Uzbek', 'uz', 'uzb'],
  '12': ['Rus tili', 'Rus', 'Ruscha', 'Рус тили', 'Рус', 'Русский', 'Russian', 'ru', 'rus'],
  '13': ['Qoraqalpoq tili', 'Qoraqalpoq', 'Қорақалпоқ тили', 'Каракалпакский', 'Karakalpak', 'Qaraqalpaq', 'kaa'],
  '14': ['Ingliz tili', 'Ingliz', 'Инглиз тили', 'Английский', 'English', 'en', 'eng'],
};
export const EDUCATION_FORM_NAMES: Record<string, readonly string[]> = {
  '11': ['Kunduzgi', 'Кундузги', 'Очная', 'Очное', 'Full-time', 'Full time', 'Daytime'],
  '12': ['Kechki', 'Кечки', 'Вечерняя', 'Вечернее', 'Evening'],
  '13': ['Sirtqi', 'Сиртқи', 'Заочная', 'Заочное', 'Part-time (extramural)', 'Part-time', 'Extramural'],
  '14': ['Maxsus sirtqi', 'Махсус сиртқи', 'Специальная заочная', 'Special extramural'],
  '15': ['Ikkinchi oliy', 'Иккинчи олий', 'Второе высшее', 'Second degree', 'Second higher'],
  '16': ['Masofaviy', 'Масофавий', 'Дистанционная', 'Дистанционное', 'Distance learning', 'Online'],
  '17': ['Qoʻshma dastur', 'Qoʻshma', 'Қўшма дастур', 'Совместная программа', 'Совместная', 'Joint programme', 'Joint'],
};
