import type { KbCategory } from '../../../src-shared/contract/infodesk';

/**
 * The demo university's info desk (issue 7): what a counter is asked every day. Typed with plain `'` as
 * people type it; saving normalises it (oʻ, gʻ, the tutuq). Phones and addresses follow the demo profile's
 * pattern (+998 71 200-00-00 and an extension, @namuna.example.uz): no real person's number or mail.
 */
export interface DemoArticle {
  category: KbCategory;
  lang: 'uz-Latn' | 'uz-Cyrl' | 'ru' | 'en';
  title: string;
  body: string;
  contacts: string;
  url: string;
  tags: string[];
}

const SITE = 'https://namuna.example.uz';
const phone = (ext: number) => `Telefon: +998 71 200-00-00 (ichki ${ext})`;

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    category: 'resources',
    lang: 'uz-Latn',
    title: 'Axborot-resurs markazi (kutubxona): ish vaqti',
    body: `Axborot-resurs markazi dushanbadan shanbagacha ishlaydi. Kitob olish uchun talaba guvohnomasi kerak.

- Dushanba–juma: 8:30–20:00
- Shanba: 9:00–17:00
- O'quv zali imtihonlar mavsumida 22:00 gacha ochiq
- Kitoblar 14 kunga beriladi, muddatni bir marta uzaytirish mumkin

Guvohnomasi yo'qolgan talaba registrator ofisidan ma'lumotnoma olib, vaqtincha foydalanishi mumkin.`,
    contacts: `Bosh bino, 1-qavat, 105-xona
${phone(105)}
E-pochta: kutubxona@namuna.example.uz`,
    url: `${SITE}/kutubxona`,
    tags: ['kutubxona', 'ARM', "o'quv zali", 'kitob'],
  },
  {
    category: 'resources',
    lang: 'uz-Latn',
    title: 'Elektron kutubxona va ilmiy bazalar',
    body: `Elektron kutubxonaga universitet tarmog'idan va uydan kirish mumkin. Login — HEMIS dagi talaba ID raqami, parol birinchi kirishda kutubxonada beriladi.

- Darsliklar va o'quv qo'llanmalarining elektron nusxalari
- Xalqaro ilmiy maqolalar bazalariga obuna (universitet tarmog'idan)
- Bitiruv malakaviy ishlari arxivi (faqat o'qish uchun)

Parolni unutgan bo'lsangiz, kutubxonaning elektron bo'limiga talaba guvohnomasi bilan keling.`,
    contacts: `Bosh bino, 1-qavat, 108-xona (elektron bo'lim)
${phone(108)}`,
    url: `${SITE}/e-kutubxona`,
    tags: ['e-kutubxona', 'elektron kutubxona', 'ilmiy baza', 'parol'],
  },
  {
    category: 'resources',
    lang: 'uz-Latn',
    title: 'Sport majmuasi',
    body: `Sport majmuasida talabalar uchun bepul seksiyalar ishlaydi. Yozilish uchun talaba guvohnomasi va tibbiy ma'lumotnoma (086-shakl) kerak.

- Futbol, voleybol, basketbol
- Kurash va taekvondo
- Stol tennisi va shaxmat
- Trenajyor zali: dushanba–shanba, 8:00–21:00`,
    contacts: `Sport majmuasi, Universitet ko'chasi, 4-bino
${phone(300)}`,
    url: `${SITE}/sport`,
    tags: ['sport', 'seksiya', 'trenajyor zali'],
  },
  {
    category: 'resources',
    lang: 'uz-Latn',
    title: 'Wi-Fi va kompyuter zallari',
    body: `Universitet binolarida «Namuna-Talaba» Wi-Fi tarmog'i ishlaydi. Kirish: HEMIS login va paroli.

- Kompyuter zallari: 2-bino, 201–204-xonalar, 9:00–18:00
- Chop etish va skanerlash: 201-xona, o'z hisobingizdan
- HEMIS parolini tiklash — registrator ofisida, pasport bilan`,
    contacts: `Axborot texnologiyalari markazi, 2-bino, 210-xona
${phone(210)}`,
    url: '',
    tags: ['wifi', 'internet', 'kompyuter', 'HEMIS parol'],
  },
  {
    category: 'services',
    lang: 'uz-Latn',
    title: 'Tibbiyot punkti',
    body: `Tibbiyot punkti talabalar va xodimlarga birinchi yordam ko'rsatadi va tibbiy ko'rikka yo'llanma beradi.

- Ish vaqti: dushanba–shanba, 8:00–18:00
- Sport seksiyalari va yotoqxona uchun ma'lumotnoma (086-shakl) — poliklinikada, yo'llanma bu yerda
- Tibbiy sug'urta bo'yicha savollar — registrator ofisida

Shoshilinch holatda 103 raqamiga qo'ng'iroq qiling.`,
    contacts: `Bosh bino, 0-qavat, 012-xona
${phone(12)}`,
    url: '',
    tags: ['tibbiyot', 'shifokor', 'medpunkt', "sug'urta"],
  },
  {
    category: 'services',
    lang: 'uz-Latn',
    title: 'Psixolog xizmati',
    body: `Universitet psixologi bilan suhbat bepul va maxfiy. Imtihon oldidan xavotir, moslashish qiyinchiliklari, oilaviy yoki shaxsiy muammolar bo'yicha murojaat qilish mumkin.

- Qabul: dushanba–juma, 10:00–17:00
- Oldindan yozilish: telefon orqali yoki registrator ofisida
- Guruh treninglari har oy e'lon qilinadi`,
    contacts: `Talabalar markazi, 2-qavat, 214-xona
${phone(214)}
E-pochta: psixolog@namuna.example.uz`,
    url: '',
    tags: ['psixolog', 'maslahat', 'stress'],
  },
  {
    category: 'services',
    lang: 'uz-Latn',
    title: "Talabalar turar joyi (yotoqxona) bo'limi",
    body: `Yotoqxonaga joylashish uchun ariza registrator ofisida yoki HEMIS orqali topshiriladi. Joylar ijtimoiy himoyaga muhtoj, uzoq hududlardan kelgan va birinchi kurs talabalariga birinchi navbatda beriladi.

- Ariza, pasport nusxasi, 3×4 rasm (2 dona)
- Tibbiy ma'lumotnoma (086-shakl)
- Ijtimoiy himoya hujjati (bo'lsa)

Yotoqxonada joy bo'lmasa, ijara uchun kompensatsiya (ijara subsidiyasi) so'rash mumkin.`,
    contacts: `Yotoqxona, Talabalar shaharchasi, 1-bino
${phone(400)}
E-pochta: yotoqxona@namuna.example.uz`,
    url: `${SITE}/yotoqxona`,
    tags: ['yotoqxona', 'TTJ', 'ijara', 'subsidiya'],
  },
  {
    category: 'services',
    lang: 'uz-Latn',
    title: 'Registrator ofisi: qanday hujjatlar beriladi',
    body: `Registrator ofisi talabalarning arizalarini qabul qiladi va hujjatlarni beradi. Ko'pchilik hujjat 3 ish kunida tayyor bo'ladi.

- O'qish joyidan ma'lumotnoma — shu kuni
- Akademik ma'lumotnoma (transkript) — 3 ish kuni
- Chaqiruv qog'ozi (sirtqi va kechki talabalar uchun)
- O'qishni ko'chirish, tiklash, akademik ta'til arizalari
- To'lov-shartnoma va qayta o'qish shartnomalari`,
    contacts: `Bosh bino, 1-qavat, 101-xona
Telefon: +998 71 200-00-00
E-pochta: info@namuna.example.uz`,
    url: `${SITE}/registrator`,
    tags: ["ma'lumotnoma", 'ariza', 'transkript', 'shartnoma'],
  },
  {
    category: 'clubs',
    lang: 'uz-Latn',
    title: "Robototexnika to'garagi",
    body: `To'garakda talabalar mikrokontrollerlar, sensorlar va 3D-bosma yordamida robotlar yig'adi hamda respublika tanlovlariga tayyorlanadi.

- Mashg'ulotlar: seshanba va payshanba, 15:00–18:00
- Barcha yo'nalish talabalari qatnashishi mumkin, tajriba shart emas
- Eng yaxshi loyihalar universitet startap tanloviga tavsiya etiladi`,
    contacts: `3-bino, 305-laboratoriya
${phone(305)}`,
    url: `${SITE}/togaraklar/robototexnika`,
    tags: ['robot', 'robototexnika', 'arduino', 'STEM'],
  },
  {
    category: 'clubs',
    lang: 'uz-Latn',
    title: 'Debat klubi',
    body: `Debat klubi o'zbek, rus va ingliz tillarida bahs-munozara mashg'ulotlarini o'tkazadi: nutq, dalil keltirish, jamoada ishlash.

- Yig'ilishlar: har chorshanba, 16:00
- Har semestrda universitet ichki turniri
- G'oliblar respublika talabalar debat chempionatiga yuboriladi`,
    contacts: `Talabalar markazi, faollar zali
${phone(220)}`,
    url: '',
    tags: ['debat', 'notiqlik', 'munozara'],
  },
  {
    category: 'clubs',
    lang: 'uz-Latn',
    title: "Yosh dasturchilar to'garagi",
    body: `To'garak a'zolari veb va mobil ilovalar yaratadi, olimpiadalarga tayyorlanadi va universitet uchun kichik loyihalar bajaradi.

- Mashg'ulotlar: dushanba va juma, 16:00–18:00
- Boshlang'ich guruh: Python asoslari
- Ilg'or guruh: algoritmlar va olimpiada masalalari`,
    contacts: `2-bino, 203-xona
${phone(203)}`,
    url: '',
    tags: ['dasturlash', 'IT', 'olimpiada', 'Python'],
  },
  {
    category: 'clubs',
    lang: 'uz-Latn',
    title: "Tarix va o'lkashunoslik to'garagi",
    body: `To'garak shahar tarixi, muzeylar va arxiv hujjatlari bilan ishlaydi; har semestrda ilmiy-amaliy ekspeditsiya tashkil etadi.

- Yig'ilishlar: har shanba, 11:00
- Talabalar ilmiy konferensiyasida ma'ruza qilish imkoniyati`,
    contacts: `Bosh bino, 3-qavat, 312-xona
${phone(312)}`,
    url: '',
    tags: ["o'lkashunoslik", 'tarix', 'muzey'],
  },
  {
    category: 'jointProgrammes',
    lang: 'uz-Latn',
    title: "Qo'shma ta'lim dasturlari (ikki diplomli)",
    body: `Universitet xorijiy hamkor oliy ta'lim muassasalari bilan qo'shma dasturlar bo'yicha kadrlar tayyorlaydi. Bitiruvchi ikki diplom oladi: universitetning va hamkor muassasaning.

- «2+2» sxemasi: ikki yil shu yerda, ikki yil hamkor muassasada
- «3+1» sxemasi: uch yil shu yerda, bitiruv yili xorijda
- O'qish tili: ingliz tili (IELTS 5.5 va undan yuqori)
- To'lov-shartnoma summasi alohida, har o'quv yili uchun e'lon qilinadi

Dasturlar ro'yxati va hamkorlar har yili qabul oldidan e'lon qilinadi.`,
    contacts: `Xalqaro hamkorlik bo'limi, Bosh bino, 2-qavat, 204-xona
${phone(204)}
E-pochta: xalqaro@namuna.example.uz`,
    url: `${SITE}/qoshma-dasturlar`,
    tags: ["qo'shma dastur", 'ikki diplom', 'double degree', '2+2'],
  },
  {
    category: 'jointProgrammes',
    lang: 'uz-Latn',
    title: "Qo'shma dasturga o'tish uchun hujjatlar",
    body: `Ikkinchi kurs talabasi qo'shma dasturning xorijiy qismiga o'tish uchun hujjatlarni aprel oyigacha topshiradi.

- Ariza (registrator ofisida)
- Akademik ma'lumotnoma (transkript), ingliz tilida
- Til sertifikati nusxasi
- Pasport nusxasi

Transkriptni registrator ofisi 3 ish kunida tayyorlaydi.`,
    contacts: `Xalqaro hamkorlik bo'limi, 204-xona
${phone(204)}`,
    url: '',
    tags: ["qo'shma dastur", 'transkript', 'hujjatlar'],
  },
  {
    category: 'studyAbroad',
    lang: 'uz-Latn',
    title: "«El-yurt umidi» jamg'armasi stipendiyalari",
    body: `«El-yurt umidi» jamg'armasi yoshlarni xorijdagi yetakchi oliy ta'lim muassasalarida magistratura, doktorantura va malaka oshirish dasturlarida o'qitish uchun stipendiya beradi.

- Tanlov har yili jamg'arma saytida e'lon qilinadi
- Hujjatlar jamg'arma saytida onlayn topshiriladi
- Til sertifikati (IELTS, TOEFL yoki boshqa) talab qilinadi
- Bitiruvchi O'zbekistonga qaytib, belgilangan muddat ishlash majburiyatini oladi

Registrator ofisi tanlovga kerakli akademik ma'lumotnoma va diplom nusxasini tasdiqlab beradi.`,
    contacts: `Maslahat: Xalqaro hamkorlik bo'limi, 204-xona
${phone(204)}`,
    url: 'https://eyuf.uz',
    tags: ['El-yurt umidi', 'stipendiya', 'magistratura', 'xorijda'],
  },
  {
    category: 'studyAbroad',
    lang: 'uz-Latn',
    title: 'Akademik almashinuv: bir semestr xorijda',
    body: `Hamkor universitetlar bilan almashinuv dasturlari bo'yicha talaba bir semestr xorijda o'qiydi, kontrakt shu yerda to'lanadi.

- Kimlar: 2–3-kurs, qarzdorligi yo'q, GPA 3.5 dan yuqori
- Tanlov: kuzgi semestr uchun mart, bahorgi uchun oktabr
- Xorijda olingan kreditlar qaytgach registrator ofisida hisobga olinadi (kredit ko'chirish)`,
    contacts: `Xalqaro hamkorlik bo'limi, 204-xona
${phone(204)}
E-pochta: xalqaro@namuna.example.uz`,
    url: `${SITE}/almashinuv`,
    tags: ['almashinuv', 'exchange', 'mobillik', 'kredit'],
  },
  {
    category: 'studyAbroad',
    lang: 'uz-Latn',
    title: "Xorijda o'qilgan kreditlarni hisobga olish",
    body: `Almashinuvdan qaytgan talaba 10 ish kuni ichida registrator ofisiga ariza beradi. Fanlar o'quv rejasi bilan solishtiriladi, mos kelmagan fanlar qayta o'qishga qo'yilishi mumkin.

- Ariza
- Xorijiy universitet transkripti (asl nusxa va tarjimasi)
- Fan dasturlari (sillabuslar)`,
    contacts: `Registrator ofisi, 101-xona
Telefon: +998 71 200-00-00`,
    url: '',
    tags: ['kredit', 'transkript', 'almashinuv'],
  },
  {
    category: 'employers',
    lang: 'uz-Latn',
    title: "Hamkor ish beruvchilar ro'yxati",
    body: `Universitet bilan amaliyot va ishga joylashish bo'yicha shartnoma tuzgan tashkilotlar. Vakansiyalar haqida karyera markazidan so'rang.

- Axborot texnologiyalari kompaniyalari (IT-park rezidentlari) — dasturchi, tester, tahlilchi
- Tijorat banklari — operatsionist, kredit mutaxassisi
- Umumta'lim maktablari va litseylar — o'qituvchi
- Qurilish va loyiha tashkilotlari — muhandis
- Davlat boshqaruvi organlari — amaliyot o'rinlari

Tashkilotlarning aloqa ma'lumotlari talabaga karyera markazi orqali beriladi.`,
    contacts: `Karyera markazi, Talabalar markazi, 1-qavat
${phone(230)}
E-pochta: karyera@namuna.example.uz`,
    url: `${SITE}/karyera`,
    tags: ['ish', 'vakansiya', 'amaliyot', 'karyera'],
  },
  {
    category: 'employers',
    lang: 'uz-Latn',
    title: 'Karyera markazi: amaliyot va ishga joylashish',
    body: `Karyera markazi rezyume yozish, suhbatga tayyorlanish bo'yicha maslahat beradi va bitiruvchilarni ishga yo'llaydi.

- Rezyume bo'yicha maslahat: har kuni 14:00–17:00
- «Bo'sh ish o'rinlari yarmarkasi» — har yili aprel oyida
- Bitiruvchilar uchun yo'llanma (ishga yo'naltirish xati) — registrator ofisi bilan birga`,
    contacts: `Talabalar markazi, 1-qavat
${phone(230)}`,
    url: `${SITE}/karyera`,
    tags: ['karyera', 'rezyume', "yo'llanma", 'yarmarka'],
  },
  {
    category: 'other',
    lang: 'uz-Latn',
    title: 'Talabalar ittifoqi va volontyorlik',
    body: `Talabalar ittifoqi madaniy tadbirlar, volontyorlik va sport musobaqalarini tashkil etadi. Faol talabalar rag'batlantiriladi.

- Volontyorlik dasturlari
- Madaniy tadbirlar va ijodiy to'garaklar
- Ijtimoiy himoyaga muhtoj talabalarga ko'mak`,
    contacts: `Talabalar markazi, 2-qavat
${phone(240)}`,
    url: '',
    tags: ['volontyor', 'tadbir', 'ittifoq'],
  },
  {
    category: 'resources',
    lang: 'ru',
    title: 'Библиотека: часы работы',
    body: `Информационно-ресурсный центр работает с понедельника по субботу. Для получения книг нужен студенческий билет.

- Понедельник–пятница: 8:30–20:00
- Суббота: 9:00–17:00
- Книги выдаются на 14 дней`,
    contacts: `Главный корпус, 1 этаж, ауд. 105
Телефон: +998 71 200-00-00 (доб. 105)`,
    url: `${SITE}/ru/biblioteka`,
    tags: ['библиотека', 'книги'],
  },
  {
    category: 'services',
    lang: 'ru',
    title: 'Общежитие: как подать заявление',
    body: `Заявление на место в общежитии принимает офис регистратора. В первую очередь места получают студенты первого курса, из отдалённых регионов и нуждающиеся в социальной защите.

- Заявление, копия паспорта, 2 фото 3×4
- Медицинская справка (форма 086)
- Документ о социальной защите (при наличии)`,
    contacts: `Общежитие, студенческий городок, корпус 1
Телефон: +998 71 200-00-00 (доб. 400)`,
    url: `${SITE}/ru/obshchezhitie`,
    tags: ['общежитие', 'ТТЖ'],
  },
  {
    category: 'services',
    lang: 'ru',
    title: 'Медицинский пункт',
    body: `Медпункт оказывает первую помощь студентам и сотрудникам и выдаёт направления на медосмотр.

- Часы работы: понедельник–суббота, 8:00–18:00
- В экстренных случаях звоните 103`,
    contacts: `Главный корпус, цокольный этаж, ауд. 012
Телефон: +998 71 200-00-00 (доб. 12)`,
    url: '',
    tags: ['медпункт', 'врач'],
  },
];
