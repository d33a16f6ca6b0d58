/**
 * The demo's subject catalogue as text: one subject a line, `uz-Latn | ru | en | flags`.
 * Flags: `L` taught with laboratory work (else practice), `k<n>` the faculty's kafedra that
 * teaches it (index, taken modulo the kafedra count), `x<n>` runs over n consecutive semesters.
 * Faculty pools are in the order a programme meets them: foundations first. Uzbek Latin uses
 * U+02BB in oʻ gʻ and U+02BC for the tutuq (taʼlim); the Cyrillic is made by transliteration.
 */

/** One pool per faculty, in `FACULTIES` order (sciences, then the humanities). */
export const FACULTY_POOLS: readonly string[] = [
  // Axborot texnologiyalari
  `Oliy matematika | Высшая математика | Higher Mathematics | k1 x2
  Dasturlash asoslari | Основы программирования | Fundamentals of Programming | L k0 x2
  Diskret matematika va matematik mantiq | Дискретная математика и математическая логика | Discrete Mathematics and Mathematical Logic | k1
  Fizika | Физика | Physics | L k1
  Obyektga yoʻnaltirilgan dasturlash | Объектно-ориентированное программирование | Object-Oriented Programming | L k0
  Algoritmlar va maʼlumotlar tuzilmalari | Алгоритмы и структуры данных | Algorithms and Data Structures | L k0
  Ehtimollar nazariyasi va matematik statistika | Теория вероятностей и математическая статистика | Probability Theory and Mathematical Statistics | k1
  Kompyuter arxitekturasi | Архитектура компьютера | Computer Architecture | L k1
  Maʼlumotlar bazasi | Базы данных | Databases | L k0
  Operatsion tizimlar | Операционные системы | Operating Systems | L k1
  Kompyuter tarmoqlari | Компьютерные сети | Computer Networks | L k1
  Veb dasturlash | Веб-программирование | Web Programming | L k0
  Dasturiy injiniring | Программная инженерия | Software Engineering | k0
  Axborot xavfsizligi asoslari | Основы информационной безопасности | Fundamentals of Information Security | L k2
  Kriptografiya | Криптография | Cryptography | L k2
  Sunʼiy intellekt asoslari | Основы искусственного интеллекта | Fundamentals of Artificial Intelligence | L k0
  Mobil ilovalar yaratish | Разработка мобильных приложений | Mobile Application Development | L k0
  Mashinali oʻqitish | Машинное обучение | Machine Learning | L k0
  Bulutli hisoblash texnologiyalari | Облачные вычисления | Cloud Computing | L k1
  Katta maʼlumotlar tahlili | Анализ больших данных | Big Data Analytics | L k0
  Tarmoq xavfsizligi | Сетевая безопасность | Network Security | L k2`,
  // Iqtisodiyot
  `Iqtisodchilar uchun matematika | Математика для экономистов | Mathematics for Economists | k0 x2
  Iqtisodiyot nazariyasi | Экономическая теория | Economic Theory | k0 x2
  Mikroiqtisodiyot | Микроэкономика | Microeconomics | k0
  Makroiqtisodiyot | Макроэкономика | Macroeconomics | k0
  Statistika | Статистика | Statistics | k0
  Buxgalteriya hisobi asoslari | Основы бухгалтерского учёта | Fundamentals of Accounting | k1
  Moliya | Финансы | Finance | k1
  Marketing | Маркетинг | Marketing | k2
  Menejment | Менеджмент | Management | k2
  Ekonometrika | Эконометрика | Econometrics | L k0
  Pul va banklar | Деньги и банки | Money and Banking | k1
  Soliqlar va soliqqa tortish | Налоги и налогообложение | Taxes and Taxation | k1
  Xalqaro iqtisodiy munosabatlar | Международные экономические отношения | International Economic Relations | k0
  Korporativ moliya | Корпоративные финансы | Corporate Finance | k1
  Moliyaviy tahlil | Финансовый анализ | Financial Analysis | k1
  Raqamli iqtisodiyot | Цифровая экономика | Digital Economy | L k0
  Audit | Аудит | Auditing | k1
  Biznesni rejalashtirish | Бизнес-планирование | Business Planning | k2
  Investitsiyalarni tashkil etish va moliyalashtirish | Организация и финансирование инвестиций | Organisation and Financing of Investments | k1
  Inson resurslarini boshqarish | Управление человеческими ресурсами | Human Resource Management | k2
  Sugʻurta ishi | Страховое дело | Insurance | k1`,
  // Matematika
  `Matematik analiz | Математический анализ | Mathematical Analysis | k0 x3
  Algebra va sonlar nazariyasi | Алгебра и теория чисел | Algebra and Number Theory | k0 x2
  Analitik geometriya | Аналитическая геометрия | Analytic Geometry | k0
  Dasturlash tillari | Языки программирования | Programming Languages | L k1
  Differensial tenglamalar | Дифференциальные уравнения | Differential Equations | k1
  Chiziqli algebra | Линейная алгебра | Linear Algebra | k0
  Differensial geometriya va topologiya | Дифференциальная геометрия и топология | Differential Geometry and Topology | k0
  Kompleks oʻzgaruvchili funksiyalar nazariyasi | Теория функций комплексного переменного | Complex Analysis | k0
  Ehtimollar nazariyasi va matematik statistika | Теория вероятностей и математическая статистика | Probability Theory and Mathematical Statistics | k1
  Funksional analiz | Функциональный анализ | Functional Analysis | k0
  Sonli usullar | Численные методы | Numerical Methods | L k1
  Matematik fizika tenglamalari | Уравнения математической физики | Equations of Mathematical Physics | k1
  Nazariy mexanika | Теоретическая механика | Theoretical Mechanics | k1
  Optimallashtirish usullari | Методы оптимизации | Optimisation Methods | k1
  Matematik modellashtirish | Математическое моделирование | Mathematical Modelling | L k1
  Diskret matematika | Дискретная математика | Discrete Mathematics | k0
  Matematika oʻqitish metodikasi | Методика преподавания математики | Methods of Teaching Mathematics | k0
  Fizika | Физика | Physics | L k1
  Variatsion hisob | Вариационное исчисление | Calculus of Variations | k1
  Matematik mantiq | Математическая логика | Mathematical Logic | k0`,
  // Tabiiy fanlar
  `Umumiy kimyo | Общая химия | General Chemistry | L k1
  Umumiy biologiya | Общая биология | General Biology | L k0
  Oliy matematika | Высшая математика | Higher Mathematics | k2
  Umumiy fizika | Общая физика | General Physics | L k2 x2
  Noorganik kimyo | Неорганическая химия | Inorganic Chemistry | L k1
  Botanika | Ботаника | Botany | L k0
  Zoologiya | Зоология | Zoology | L k0
  Organik kimyo | Органическая химия | Organic Chemistry | L k1
  Analitik kimyo | Аналитическая химия | Analytical Chemistry | L k1
  Biokimyo | Биохимия | Biochemistry | L k0
  Genetika | Генетика | Genetics | L k0
  Fizikaviy kimyo | Физическая химия | Physical Chemistry | L k1
  Mikrobiologiya | Микробиология | Microbiology | L k0
  Kvant mexanikasi | Квантовая механика | Quantum Mechanics | k2
  Elektrodinamika | Электродинамика | Electrodynamics | k2
  Ekologiya | Экология | Ecology | k0
  Odam va hayvonlar fiziologiyasi | Физиология человека и животных | Human and Animal Physiology | L k0
  Atrof-muhit monitoringi | Мониторинг окружающей среды | Environmental Monitoring | L k0
  Kolloid kimyo | Коллоидная химия | Colloid Chemistry | L k1
  Biofizika | Биофизика | Biophysics | L k2`,
  // Filologiya
  `Tilshunoslikka kirish | Введение в языкознание | Introduction to Linguistics | k0
  Adabiyotshunoslikka kirish | Введение в литературоведение | Introduction to Literary Studies | k0
  Hozirgi oʻzbek adabiy tili | Современный узбекский литературный язык | Modern Standard Uzbek | k0 x3
  Amaliy ingliz tili | Практический английский язык | Practical English | k1 x3
  Oʻzbek mumtoz adabiyoti tarixi | История узбекской классической литературы | History of Classical Uzbek Literature | k0
  Jahon adabiyoti | Мировая литература | World Literature | k0
  Lotin tili | Латинский язык | Latin | k1
  Ingliz tilining nazariy grammatikasi | Теоретическая грамматика английского языка | Theoretical Grammar of English | k1
  Leksikologiya | Лексикология | Lexicology | k1
  Tarjima nazariyasi | Теория перевода | Translation Theory | k1
  Matn tahriri | Редактирование текста | Text Editing | k2
  Jurnalistika nazariyasi | Теория журналистики | Theory of Journalism | k2
  Ommaviy kommunikatsiya | Массовая коммуникация | Mass Communication | k2
  Stilistika | Стилистика | Stylistics | k0
  Ona tili oʻqitish metodikasi | Методика преподавания родного языка | Methods of Teaching the Native Language | k0
  Sinxron tarjima | Синхронный перевод | Simultaneous Interpreting | k1
  Korpus lingvistikasi | Корпусная лингвистика | Corpus Linguistics | L k0
  Hozirgi oʻzbek adabiyoti | Современная узбекская литература | Contemporary Uzbek Literature | k0
  Folklorshunoslik | Фольклористика | Folklore Studies | k0`,
  // Tarix
  `Qadimgi dunyo tarixi | История древнего мира | Ancient History | k1
  Oʻzbekiston tarixi | История Узбекистана | History of Uzbekistan | k0 x2
  Arxeologiya asoslari | Основы археологии | Fundamentals of Archaeology | k0
  Oʻrta asrlar tarixi | История Средних веков | Medieval History | k1
  Manbashunoslik | Источниковедение | Source Studies | k0
  Etnologiya | Этнология | Ethnology | k0
  Yangi davr tarixi | Новая история | Modern History | k1
  Tarixshunoslik | Историография | Historiography | k0
  Markaziy Osiyo tarixi | История Центральной Азии | History of Central Asia | k0
  Eng yangi davr tarixi | Новейшая история | Contemporary History | k1
  Mantiq | Логика | Logic | k1
  Etika va estetika | Этика и эстетика | Ethics and Aesthetics | k1
  Muzeyshunoslik | Музееведение | Museum Studies | k0
  Arxiv ishi | Архивное дело | Archival Studies | k0
  Tarix oʻqitish metodikasi | Методика преподавания истории | Methods of Teaching History | k0
  Sharq falsafasi tarixi | История восточной философии | History of Eastern Philosophy | k1
  Gʻarb falsafasi tarixi | История западной философии | History of Western Philosophy | k1
  Xalqaro munosabatlar tarixi | История международных отношений | History of International Relations | k1
  Numizmatika | Нумизматика | Numismatics | k0`,
  // Yuridik
  `Davlat va huquq nazariyasi | Теория государства и права | Theory of State and Law | k0 x2
  Oʻzbekiston davlati va huquqi tarixi | История государства и права Узбекистана | History of the State and Law of Uzbekistan | k0
  Rim huquqi | Римское право | Roman Law | k1
  Konstitutsiyaviy huquq | Конституционное право | Constitutional Law | k0
  Maʼmuriy huquq | Административное право | Administrative Law | k0
  Fuqarolik huquqi | Гражданское право | Civil Law | k1 x2
  Jinoyat huquqi | Уголовное право | Criminal Law | k0 x2
  Mehnat huquqi | Трудовое право | Labour Law | k1
  Oila huquqi | Семейное право | Family Law | k1
  Fuqarolik protsessual huquqi | Гражданское процессуальное право | Civil Procedure | k1
  Jinoyat protsessual huquqi | Уголовно-процессуальное право | Criminal Procedure | k0
  Xalqaro ommaviy huquq | Международное публичное право | Public International Law | k0
  Xalqaro xususiy huquq | Международное частное право | Private International Law | k1
  Kriminalistika | Криминалистика | Criminalistics | L k0
  Tadbirkorlik huquqi | Предпринимательское право | Business Law | k1
  Inson huquqlari | Права человека | Human Rights | k0
  Moliya huquqi | Финансовое право | Financial Law | k0
  Ekologiya huquqi | Экологическое право | Environmental Law | k0
  Yuridik texnika | Юридическая техника | Legal Drafting | k0`,
  // Pedagogika va psixologiya
  `Pedagogika nazariyasi | Теория педагогики | Theory of Pedagogy | k0 x2
  Umumiy psixologiya | Общая психология | General Psychology | k1 x2
  Yosh fiziologiyasi va gigiyenasi | Возрастная физиология и гигиена | Developmental Physiology and Hygiene | L k0
  Pedagogika tarixi | История педагогики | History of Pedagogy | k0
  Yosh davrlari psixologiyasi | Возрастная психология | Developmental Psychology | k1
  Pedagogik mahorat | Педагогическое мастерство | Pedagogical Skill | k0
  Ijtimoiy psixologiya | Социальная психология | Social Psychology | k1
  Boshlangʻich taʼlimda matematika oʻqitish metodikasi | Методика преподавания математики в начальных классах | Methods of Teaching Primary Mathematics | k0
  Maktabgacha pedagogika | Дошкольная педагогика | Preschool Pedagogy | k0
  Inklyuziv taʼlim | Инклюзивное образование | Inclusive Education | k0
  Pedagogik psixologiya | Педагогическая психология | Educational Psychology | k1
  Psixodiagnostika | Психодиагностика | Psychodiagnostics | k1
  Sport turlarini oʻqitish metodikasi | Методика обучения видам спорта | Methods of Teaching Sports | k2
  Sport fiziologiyasi | Физиология спорта | Sports Physiology | L k2
  Taʼlim texnologiyalari | Образовательные технологии | Educational Technologies | k0
  Tarbiyaviy ishlar metodikasi | Методика воспитательной работы | Methods of Educational Work | k0
  Klinik psixologiya | Клиническая психология | Clinical Psychology | k1
  Boshlangʻich taʼlimda ona tili oʻqitish metodikasi | Методика преподавания родного языка в начальных классах | Methods of Teaching the Native Language in Primary School | k0`,
];

/**
 * Subjects every bachelor programme has, by semester (1-based). Flags as above plus `f<n>`: the
 * faculty (index) whose kafedra teaches it, `c<n>` credits, `z` ends with a credit test (zachet),
 * `r<code>` the `h_rating_grade`.
 */
export const BACHELOR_GENERAL: readonly (readonly [semester: number, line: string])[] = [
  [1, 'Oʻzbekistonning eng yangi tarixi | Новейшая история Узбекистана | Modern History of Uzbekistan | f5 k0 c4'],
  [1, 'Xorijiy til | Иностранный язык | Foreign Language | f4 k1 c4 x3'],
  [
    1,
    'Axborot-kommunikatsiya texnologiyalari | Информационно-коммуникационные технологии | Information and Communication Technologies | L f0 k1 c4',
  ],
  [1, 'Jismoniy tarbiya va sport | Физическая культура и спорт | Physical Education and Sport | f7 k2 c2 z x2'],
  [2, 'Falsafa | Философия | Philosophy | f5 k1 c4'],
  [
    2,
    'Oʻzbek tili (akademik yozuv) | Узбекский язык (академическое письмо) | Uzbek Language (Academic Writing) | f4 k0 c3',
  ],
  [3, 'Dinshunoslik | Религиоведение | Religious Studies | f5 k1 c3'],
  [
    4,
    'Ekologiya va barqaror rivojlanish | Экология и устойчивое развитие | Ecology and Sustainable Development | f3 k0 c3',
  ],
  [
    4,
    'Korrupsiyaga qarshi kurashish asoslari | Основы противодействия коррупции | Fundamentals of Anti-Corruption | f6 k0 c2 z',
  ],
  [4, 'Oʻquv amaliyoti | Учебная практика | Educational Internship | c6 z r14'],
  [6, 'Malakaviy amaliyot | Производственная практика | Professional Internship | c6 z r14'],
  [8, 'Bitiruv oldi amaliyoti | Преддипломная практика | Pre-graduation Internship | c6 z r14'],
  [8, 'Bitiruv malakaviy ishi | Выпускная квалификационная работа | Graduation Thesis | c9 r15'],
];

/** Subjects every master's programme has, by semester. */
export const MASTER_GENERAL: readonly (readonly [semester: number, line: string])[] = [
  [1, 'Ilmiy tadqiqot metodologiyasi | Методология научных исследований | Research Methodology | k0 c5'],
  [1, 'Oliy taʼlim pedagogikasi | Педагогика высшего образования | Higher Education Pedagogy | f7 k0 c4'],
  [2, 'Akademik yozuv (ingliz tili) | Академическое письмо (английский язык) | Academic Writing in English | f4 k1 c4'],
  [2, 'Ilmiy-tadqiqot ishi | Научно-исследовательская работа | Research Work | k0 c6 z x3'],
  [3, 'Ilmiy-pedagogik amaliyot | Научно-педагогическая практика | Research and Teaching Internship | c6 z r14'],
  [4, "Magistrlik dissertatsiyasi | Магистерская диссертация | Master's Dissertation | c18 r15"],
];

/** Course work (h_rating_grade 12) on a core subject of these semesters. */
export const COURSE_WORK_SEMESTERS: readonly number[] = [5, 7];
export const COURSE_WORK_CREDIT = 3;
