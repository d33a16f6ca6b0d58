/**
 * The demo university: faculties (HEMIS structure type 11), their kafedras (12) and specialties
 * with classifier-style codes (bachelor `60xxxxxx`, master `70xxxxxx`, DOMAIN §6.4). Names are
 * written by hand in the four languages: Uzbek Cyrillic keeps Russian loanword spellings
 * (факультет, кафедра), which mechanical transliteration would get wrong.
 */
export interface Names4 {
  uzLatn: string;
  uzCyrl: string;
  ru: string;
  en: string;
}

export interface SpecialtyDef {
  code: string;
  /** h_education_type: 11 bachelor, 12 master. */
  type: '11' | '12';
  uzLatn: string;
  ru: string;
  en: string;
  /** Group-name prefix (style A) — unique in the university. */
  abbr: string;
  /** Relative intake. */
  weight: number;
  /** h_education_form codes offered; default kunduzgi + sirtqi. */
  forms?: readonly string[];
  /** h_language codes of instruction; default Uzbek and Russian. */
  langs?: readonly string[];
  femaleShare?: number;
}

export interface FacultyDef {
  names: Names4;
  /** How this faculty names its groups: A = `KI-23-01`, B = `211-23`. */
  groupStyle: 'A' | 'B';
  femaleShare: number;
  kafedras: readonly Names4[];
  specialties: readonly SpecialtyDef[];
}

const ALL_FORMS = ['11', '12', '13', '16'] as const;
const MASTER = { type: '12', forms: ['11'] } as const;

const kafedra = (uzLatn: string, uzCyrl: string, ru: string, en: string): Names4 => ({ uzLatn, uzCyrl, ru, en });

export const FACULTIES: readonly FacultyDef[] = [
  {
    names: {
      uzLatn: 'Axborot texnologiyalari fakulteti',
      uzCyrl: 'Ахборот технологиялари факультети',
      ru: 'Факультет информационных технологий',
      en: 'Faculty of Information Technologies',
    },
    groupStyle: 'A',
    femaleShare: 0.3,
    kafedras: [
      kafedra(
        'Dasturiy injiniring kafedrasi',
        'Дастурий инжиниринг кафедраси',
        'Кафедра программного инжиниринга',
        'Department of Software Engineering',
      ),
      kafedra(
        'Kompyuter tizimlari kafedrasi',
        'Компьютер тизимлари кафедраси',
        'Кафедра компьютерных систем',
        'Department of Computer Systems',
      ),
      kafedra(
        'Axborot xavfsizligi kafedrasi',
        'Ахборот хавфсизлиги кафедраси',
        'Кафедра информационной безопасности',
        'Department of Information Security',
      ),
    ],
    specialties: [
      {
        code: '60610100',
        type: '11',
        uzLatn: 'Kompyuter ilmlari va dasturlash texnologiyalari',
        ru: 'Компьютерные науки и технологии программирования',
        en: 'Computer Science and Programming Technologies',
        abbr: 'KI',
        weight: 3,
        forms: ALL_FORMS,
      },
      {
        code: '60610500',
        type: '11',
        uzLatn: 'Kompyuter injiniringi',
        ru: 'Компьютерный инжиниринг',
        en: 'Computer Engineering',
        abbr: 'KE',
        weight: 2,
      },
      {
        code: '60610600',
        type: '11',
        uzLatn: 'Dasturiy injiniring',
        ru: 'Программный инжиниринг',
        en: 'Software Engineering',
        abbr: 'DI',
        weight: 2.5,
        forms: ALL_FORMS,
      },
      {
        code: '60611100',
        type: '11',
        uzLatn: 'Axborot xavfsizligi',
        ru: 'Информационная безопасность',
        en: 'Information Security',
        abbr: 'AX',
        weight: 1.2,
        forms: ['11'],
      },
      {
        code: '70610501',
        ...MASTER,
        uzLatn: 'Kompyuter injiniringi',
        ru: 'Компьютерный инжиниринг',
        en: 'Computer Engineering',
        abbr: 'KEM',
        weight: 0.5,
      },
    ],
  },
  {
    names: {
      uzLatn: 'Iqtisodiyot fakulteti',
      uzCyrl: 'Иқтисодиёт факультети',
      ru: 'Экономический факультет',
      en: 'Faculty of Economics',
    },
    groupStyle: 'A',
    femaleShare: 0.45,
    kafedras: [
      kafedra(
        'Iqtisodiyot nazariyasi kafedrasi',
        'Иқтисодиёт назарияси кафедраси',
        'Кафедра экономической теории',
        'Department of Economic Theory',
      ),
      kafedra(
        'Moliya va buxgalteriya hisobi kafedrasi',
        'Молия ва бухгалтерия ҳисоби кафедраси',
        'Кафедра финансов и бухгалтерского учёта',
        'Department of Finance and Accounting',
      ),
      kafedra(
        'Menejment va marketing kafedrasi',
        'Менежмент ва маркетинг кафедраси',
        'Кафедра менеджмента и маркетинга',
        'Department of Management and Marketing',
      ),
    ],
    specialties: [
      {
        code: '60410100',
        type: '11',
        uzLatn: 'Iqtisodiyot (tarmoqlar va sohalar boʻyicha)',
        ru: 'Экономика (по отраслям и сферам)',
        en: 'Economics (by sectors and fields)',
        abbr: 'IQ',
        weight: 3,
        forms: ALL_FORMS,
      },
      {
        code: '60410400',
        type: '11',
        uzLatn: 'Moliya va moliyaviy texnologiyalar',
        ru: 'Финансы и финансовые технологии',
        en: 'Finance and Financial Technologies',
        abbr: 'MM',
        weight: 2,
      },
      {
        code: '60410500',
        type: '11',
        uzLatn: 'Buxgalteriya hisobi',
        ru: 'Бухгалтерский учёт',
        en: 'Accounting',
        abbr: 'BH',
        weight: 1.5,
        forms: ['11', '12', '13'],
      },
      {
        code: '60411200',
        type: '11',
        uzLatn: 'Menejment',
        ru: 'Менеджмент',
        en: 'Management',
        abbr: 'MN',
        weight: 1.5,
      },
      {
        code: '70410101',
        ...MASTER,
        uzLatn: 'Iqtisodiyot (tarmoqlar va sohalar boʻyicha)',
        ru: 'Экономика (по отраслям и сферам)',
        en: 'Economics (by sectors and fields)',
        abbr: 'IQM',
        weight: 0.5,
      },
    ],
  },
  {
    names: {
      uzLatn: 'Filologiya fakulteti',
      uzCyrl: 'Филология факультети',
      ru: 'Филологический факультет',
      en: 'Faculty of Philology',
    },
    groupStyle: 'B',
    femaleShare: 0.75,
    kafedras: [
      kafedra(
        'Oʻzbek tilshunosligi kafedrasi',
        'Ўзбек тилшунослиги кафедраси',
        'Кафедра узбекского языкознания',
        'Department of Uzbek Linguistics',
      ),
      kafedra('Ingliz tili kafedrasi', 'Инглиз тили кафедраси', 'Кафедра английского языка', 'Department of English'),
      kafedra('Jurnalistika kafedrasi', 'Журналистика кафедраси', 'Кафедра журналистики', 'Department of Journalism'),
    ],
    specialties: [
      {
        code: '60230100',
        type: '11',
        uzLatn: 'Filologiya va tillarni oʻqitish (oʻzbek tili)',
        ru: 'Филология и преподавание языков (узбекский язык)',
        en: 'Philology and Language Teaching (Uzbek)',
        abbr: 'FO',
        weight: 2,
        langs: ['11'],
      },
      {
        code: '60111800',
        type: '11',
        uzLatn: 'Xorijiy til va adabiyoti (ingliz tili)',
        ru: 'Иностранный язык и литература (английский язык)',
        en: 'Foreign Language and Literature (English)',
        abbr: 'XT',
        weight: 2.5,
        forms: ['11', '12', '13'],
      },
      {
        code: '60230300',
        type: '11',
        uzLatn: 'Tarjima nazariyasi va amaliyoti (ingliz tili)',
        ru: 'Теория и практика перевода (английский язык)',
        en: 'Translation Theory and Practice (English)',
        abbr: 'TN',
        weight: 1,
        forms: ['11'],
      },
      {
        code: '60321300',
        type: '11',
        uzLatn: 'Jurnalistika (faoliyat turlari boʻyicha)',
        ru: 'Журналистика (по видам деятельности)',
        en: 'Journalism (by type of activity)',
        abbr: 'JR',
        weight: 1,
      },
      {
        code: '70230101',
        ...MASTER,
        uzLatn: 'Lingvistika (oʻzbek tili)',
        ru: 'Лингвистика (узбекский язык)',
        en: 'Linguistics (Uzbek)',
        abbr: 'LNM',
        weight: 0.4,
        langs: ['11'],
      },
    ],
  },
  {
    names: {
      uzLatn: 'Tarix fakulteti',
      uzCyrl: 'Тарих факультети',
      ru: 'Исторический факультет',
      en: 'Faculty of History',
    },
    groupStyle: 'B',
    femaleShare: 0.5,
    kafedras: [
      kafedra(
        'Oʻzbekiston tarixi kafedrasi',
        'Ўзбекистон тарихи кафедраси',
        'Кафедра истории Узбекистана',
        'Department of the History of Uzbekistan',
      ),
      kafedra(
        'Jahon tarixi kafedrasi',
        'Жаҳон тарихи кафедраси',
        'Кафедра всемирной истории',
        'Department of World History',
      ),
    ],
    specialties: [
      {
        code: '60220300',
        type: '11',
        uzLatn: 'Tarix (mamlakatlar va yoʻnalishlar boʻyicha)',
        ru: 'История (по странам и направлениям)',
        en: 'History (by countries and fields)',
        abbr: 'TR',
        weight: 1.5,
      },
      {
        code: '60220100',
        type: '11',
        uzLatn: 'Arxeologiya',
        ru: 'Археология',
        en: 'Archaeology',
        abbr: 'AR',
        weight: 0.5,
        forms: ['11'],
      },
      { code: '60220200', type: '11', uzLatn: 'Falsafa', ru: 'Философия', en: 'Philosophy', abbr: 'FL', weight: 0.8 },
      {
        code: '70220301',
        ...MASTER,
        uzLatn: 'Tarix (mamlakatlar va yoʻnalishlar boʻyicha)',
        ru: 'История (по странам и направлениям)',
        en: 'History (by countries and fields)',
        abbr: 'TRM',
        weight: 0.3,
      },
    ],
  },
  {
    names: {
      uzLatn: 'Matematika fakulteti',
      uzCyrl: 'Математика факультети',
      ru: 'Математический факультет',
      en: 'Faculty of Mathematics',
    },
    groupStyle: 'A',
    femaleShare: 0.4,
    kafedras: [
      kafedra(
        'Algebra va geometriya kafedrasi',
        'Алгебра ва геометрия кафедраси',
        'Кафедра алгебры и геометрии',
        'Department of Algebra and Geometry',
      ),
      kafedra(
        'Amaliy matematika kafedrasi',
        'Амалий математика кафедраси',
        'Кафедра прикладной математики',
        'Department of Applied Mathematics',
      ),
    ],
    specialties: [
      {
        code: '60540100',
        type: '11',
        uzLatn: 'Matematika',
        ru: 'Математика',
        en: 'Mathematics',
        abbr: 'MT',
        weight: 1.5,
      },
      {
        code: '60540200',
        type: '11',
        uzLatn: 'Amaliy matematika',
        ru: 'Прикладная математика',
        en: 'Applied Mathematics',
        abbr: 'AM',
        weight: 1.5,
        forms: ['11', '16'],
      },
      {
        code: '60540300',
        type: '11',
        uzLatn: 'Mexanika va matematik modellashtirish',
        ru: 'Механика и математическое моделирование',
        en: 'Mechanics and Mathematical Modelling',
        abbr: 'MX',
        weight: 0.6,
        forms: ['11'],
      },
      {
        code: '70540101',
        ...MASTER,
        uzLatn: 'Matematika',
        ru: 'Математика',
        en: 'Mathematics',
        abbr: 'MTM',
        weight: 0.3,
      },
    ],
  },
  {
    names: {
      uzLatn: 'Tabiiy fanlar fakulteti',
      uzCyrl: 'Табиий фанлар факультети',
      ru: 'Факультет естественных наук',
      en: 'Faculty of Natural Sciences',
    },
    groupStyle: 'B',
    femaleShare: 0.6,
    kafedras: [
      kafedra('Biologiya kafedrasi', 'Биология кафедраси', 'Кафедра биологии', 'Department of Biology'),
      kafedra('Kimyo kafedrasi', 'Кимё кафедраси', 'Кафедра химии', 'Department of Chemistry'),
      kafedra('Fizika kafedrasi', 'Физика кафедраси', 'Кафедра физики', 'Department of Physics'),
    ],
    specialties: [
      {
        code: '60510100',
        type: '11',
        uzLatn: 'Biologiya (turlari boʻyicha)',
        ru: 'Биология (по видам)',
        en: 'Biology (by type)',
        abbr: 'BL',
        weight: 1.5,
      },
      {
        code: '60530100',
        type: '11',
        uzLatn: 'Kimyo (turlari boʻyicha)',
        ru: 'Химия (по видам)',
        en: 'Chemistry (by type)',
        abbr: 'KM',
        weight: 1,
      },
      {
        code: '60530900',
        type: '11',
        uzLatn: 'Fizika',
        ru: 'Физика',
        en: 'Physics',
        abbr: 'FZ',
        weight: 1,
        femaleShare: 0.35,
      },
      {
        code: '60520100',
        type: '11',
        uzLatn: 'Ekologiya va atrof-muhit muhofazasi',
        ru: 'Экология и охрана окружающей среды',
        en: 'Ecology and Environmental Protection',
        abbr: 'EK',
        weight: 0.8,
        forms: ['11'],
      },
    ],
  },
  {
    names: {
      uzLatn: 'Yuridik fakulteti',
      uzCyrl: 'Юридик факультети',
      ru: 'Юридический факультет',
      en: 'Faculty of Law',
    },
    groupStyle: 'A',
    femaleShare: 0.45,
    kafedras: [
      kafedra(
        'Davlat va huquq nazariyasi kafedrasi',
        'Давлат ва ҳуқуқ назарияси кафедраси',
        'Кафедра теории государства и права',
        'Department of Theory of State and Law',
      ),
      kafedra(
        'Fuqarolik huquqi kafedrasi',
        'Фуқаролик ҳуқуқи кафедраси',
        'Кафедра гражданского права',
        'Department of Civil Law',
      ),
    ],
    specialties: [
      {
        code: '60420100',
        type: '11',
        uzLatn: 'Yurisprudensiya (faoliyat turlari boʻyicha)',
        ru: 'Юриспруденция (по видам деятельности)',
        en: 'Jurisprudence (by type of activity)',
        abbr: 'YU',
        weight: 3,
        forms: ['11', '12', '13'],
      },
      {
        code: '60420200',
        type: '11',
        uzLatn: 'Xalqaro huquq',
        ru: 'Международное право',
        en: 'International Law',
        abbr: 'XH',
        weight: 1,
        forms: ['11'],
      },
      {
        code: '70420101',
        ...MASTER,
        uzLatn: 'Yurisprudensiya (faoliyat turlari boʻyicha)',
        ru: 'Юриспруденция (по видам деятельности)',
        en: 'Jurisprudence (by type of activity)',
        abbr: 'YUM',
        weight: 0.5,
      },
    ],
  },
  {
    names: {
      uzLatn: 'Pedagogika va psixologiya fakulteti',
      uzCyrl: 'Педагогика ва психология факультети',
      ru: 'Факультет педагогики и психологии',
      en: 'Faculty of Pedagogy and Psychology',
    },
    groupStyle: 'B',
    femaleShare: 0.8,
    kafedras: [
      kafedra('Pedagogika kafedrasi', 'Педагогика кафедраси', 'Кафедра педагогики', 'Department of Pedagogy'),
      kafedra('Psixologiya kafedrasi', 'Психология кафедраси', 'Кафедра психологии', 'Department of Psychology'),
      kafedra(
        'Jismoniy madaniyat kafedrasi',
        'Жисмоний маданият кафедраси',
        'Кафедра физической культуры',
        'Department of Physical Education',
      ),
    ],
    specialties: [
      {
        code: '60110200',
        type: '11',
        uzLatn: 'Boshlangʻich taʼlim',
        ru: 'Начальное образование',
        en: 'Primary Education',
        abbr: 'BT',
        weight: 2.5,
        forms: ALL_FORMS,
      },
      {
        code: '60110100',
        type: '11',
        uzLatn: 'Maktabgacha taʼlim',
        ru: 'Дошкольное образование',
        en: 'Preschool Education',
        abbr: 'MG',
        weight: 2,
        forms: ['11', '13'],
      },
      {
        code: '60310100',
        type: '11',
        uzLatn: 'Psixologiya (faoliyat turlari boʻyicha)',
        ru: 'Психология (по видам деятельности)',
        en: 'Psychology (by type of activity)',
        abbr: 'PS',
        weight: 1.5,
      },
      {
        code: '60112200',
        type: '11',
        uzLatn: 'Jismoniy madaniyat',
        ru: 'Физическая культура',
        en: 'Physical Education',
        abbr: 'JM',
        weight: 1,
        femaleShare: 0.3,
        forms: ['11', '13'],
      },
      {
        code: '70110101',
        ...MASTER,
        uzLatn: 'Taʼlim va tarbiya nazariyasi va metodikasi',
        ru: 'Теория и методика обучения и воспитания',
        en: 'Theory and Methods of Education',
        abbr: 'TTM',
        weight: 0.4,
      },
    ],
  },
];

/** The institution profile, written only when the database has none yet. */
export const DEMO_INSTITUTION = {
  nameUzLatn: 'Namuna davlat universiteti',
  nameUzCyrl: 'Намуна давлат университети',
  nameRu: 'Образцовый государственный университет',
  nameEn: 'Namuna State University',
  shortName: 'NDU (demo)',
  address: 'Universitet koʻchasi, 4',
  city: 'Toshkent',
  phone: '+998712000000',
  email: 'info@namuna.example.uz',
  stir: '200000000',
  rectorName: 'Karimov Bahodir Rustamovich',
  officeHeadName: 'Yoʻldosheva Dilnoza Akbarovna',
} as const;
