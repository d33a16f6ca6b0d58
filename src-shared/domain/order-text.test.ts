import { describe, expect, it } from 'vitest';
import { orderTextSchema } from '../contract/orders-models';
import {
  buildOrderText,
  buildOrderTexts,
  paragraphsFor,
  type OrderTextInput,
  type OrderTextStudent,
} from './order-text';
import { dative } from './order-text-uz';
import { ORDER_TYPES, type OrderType } from './orders';

const ECONOMICS = { 'uz-Latn': 'Iqtisodiyot fakulteti', ru: 'Экономический факультет' };
const IQT23 = { name: 'IQT-23', course: 3, faculty: ECONOMICS };

function student(over: Partial<OrderTextStudent> = {}): OrderTextStudent {
  return {
    studentId: 's1',
    nameLat: 'Aliyev Bobur Rustam oʻgʻli',
    nameCyr: '',
    gender: '11',
    faculty: ECONOMICS,
    course: 2,
    group: 'IQT-24',
    paymentForm: '11',
    effectiveDate: '2026-12-01',
    reason: '',
    leaveUntil: null,
    newGroup: null,
    newName: null,
    note: '',
    revokedParagraph: null,
    ...over,
  };
}

function order(type: OrderType, students: OrderTextStudent[], over: Partial<OrderTextInput> = {}): OrderTextInput {
  return {
    type,
    number: '123-T',
    orderDate: '2026-11-28',
    institution: { 'uz-Latn': 'Fargʻona davlat universiteti', ru: 'Ферганский государственный университет' },
    city: 'Fargʻona',
    signer: { position: 'Rektor', name: 'A. Karimov' },
    preamble: { 'uz-Latn': 'Nizomga muvofiq', ru: 'В соответствии с Положением' },
    control: { 'uz-Latn': 'Nazorat prorektor zimmasiga yuklansin.', ru: 'Контроль возложить на проректора.' },
    basis: { 'uz-Latn': 'talabaning arizasi.', ru: 'Основание: заявление студента.' },
    reverses: null,
    students,
    ...over,
  };
}

/** One student per type with what that type's line carries. */
const LINE: Record<OrderType, Partial<OrderTextStudent>> = {
  expulsion: { reason: '11' },
  academicLeave: { reason: '12', leaveUntil: '2027-08-31' },
  repeatYear: {},
  promotion: {},
  reinstatement: { group: '', course: null, newGroup: IQT23 },
  transfer: { newGroup: IQT23 },
  graduation: { course: 4, group: 'IQT-22' },
  scholarship: { note: 'Prezident stipendiyasi' },
  individualSchedule: { note: '2027-yil 1-fevralgacha' },
  graduationTopics: { course: 4, group: 'IQT-22', note: 'Raqamli iqtisodiyotda soliq siyosati' },
  admission: { group: '', course: null, newGroup: { name: 'IQT-26', course: 1, faculty: ECONOMICS } },
  groupChange: { newGroup: { name: 'IQT-24B', course: 2, faculty: ECONOMICS } },
  returnFromLeave: {},
  nameChange: { newName: 'Aliyev Bobur Rustamovich' },
  revocation: { revokedParagraph: 3 },
};
const REVOKED = { number: '45-T', orderDate: '2026-11-01', type: 'expulsion' as const };

describe('order text: a paragraph for every type, in both languages (DOMAIN §4.2)', () => {
  it.each<[OrderType, 'uz-Latn' | 'ru', string, string]>([
    [
      'expulsion',
      'uz-Latn',
      'Talabani oʻqishdan chetlashtirish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Bobur Rustam oʻgʻli (davlat granti) 2026-yil 1-dekabrdan oʻz xohishiga koʻra talabalar safidan chetlashtirilsin.',
    ],
    [
      'expulsion',
      'ru',
      'Об отчислении студента',
      '1. Aliyev Bobur Rustam oʻgʻli, студент 2 курса группы IQT-24 (Экономический факультет, государственный грант), — отчислить из числа студентов с 1 декабря 2026 г. по собственному желанию.',
    ],
    [
      'academicLeave',
      'uz-Latn',
      'Talabaga akademik taʼtil berish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Bobur Rustam oʻgʻliga (davlat granti) salomatligini tiklash uchun 2026-yil 1-dekabrdan 2027-yil 31-avgustgacha akademik taʼtil berilsin.',
    ],
    [
      'academicLeave',
      'ru',
      'О предоставлении академического отпуска студенту',
      '1. Aliyev Bobur Rustam oʻgʻli, студент 2 курса группы IQT-24 (Экономический факультет, государственный грант), — предоставить академический отпуск с 1 декабря 2026 г. по 31 августа 2027 г. для восстановления здоровья.',
    ],
    [
      'repeatYear',
      'uz-Latn',
      'Talabani kursdan qoldirish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruhining quyidagi talabalari oʻquv rejasini bajarmaganligi sababli 2026-yil 1-dekabrdan 2-kursda takroriy oʻqish uchun qoldirilsin: | 1) Aliyev Bobur Rustam oʻgʻli (davlat granti)',
    ],
    [
      'repeatYear',
      'ru',
      'Об оставлении студента на повторный курс обучения',
      '1. Оставить на повторное обучение на 2 курсе с 1 декабря 2026 г. в связи с невыполнением учебного плана следующих студентов 2 курса группы IQT-24 (Экономический факультет): | 1) Aliyev Bobur Rustam oʻgʻli (государственный грант)',
    ],
    [
      'promotion',
      'uz-Latn',
      'Talabani keyingi kursga oʻtkazish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruhining quyidagi talabalari 2026-yil 1-dekabrdan 3-kursga oʻtkazilsin: | 1) Aliyev Bobur Rustam oʻgʻli (davlat granti)',
    ],
    [
      'promotion',
      'ru',
      'О переводе студента на следующий курс',
      '1. Перевести с 1 декабря 2026 г. на 3 курс следующих студентов 2 курса группы IQT-24 (Экономический факультет): | 1) Aliyev Bobur Rustam oʻgʻli (государственный грант)',
    ],
    [
      'reinstatement',
      'uz-Latn',
      'Talabani oʻqishga tiklash toʻgʻrisida',
      '1. Ilgari talabalar safidan chetlashtirilgan Aliyev Bobur Rustam oʻgʻli (davlat granti) 2026-yil 1-dekabrdan Iqtisodiyot fakulteti 3-kurs IQT-23 guruhiga oʻqishga tiklansin.',
    ],
    [
      'reinstatement',
      'ru',
      'О восстановлении студента',
      '1. Aliyev Bobur Rustam oʻgʻli (государственный грант) — восстановить в число студентов с 1 декабря 2026 г. на 3 курс в группу IQT-23 (Экономический факультет).',
    ],
    [
      'transfer',
      'uz-Latn',
      'Talabaning oʻqishini koʻchirish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Bobur Rustam oʻgʻlining (davlat granti) oʻqishi 2026-yil 1-dekabrdan Iqtisodiyot fakulteti 3-kurs IQT-23 guruhiga koʻchirilsin.',
    ],
    [
      'transfer',
      'ru',
      'О переводе студента',
      '1. Aliyev Bobur Rustam oʻgʻli, студент 2 курса группы IQT-24 (Экономический факультет, государственный грант), — перевести с 1 декабря 2026 г. на 3 курс в группу IQT-23 (Экономический факультет).',
    ],
    [
      'graduation',
      'uz-Latn',
      'Talabaning oʻqishni tamomlaganligi toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 4-kurs IQT-22 guruhining oʻquv rejasini toʻliq bajargan va yakuniy davlat attestatsiyasidan muvaffaqiyatli oʻtgan quyidagi talabalari 2026-yil 1-dekabrdan oʻqishni tamomlagan deb hisoblansin: | 1) Aliyev Bobur Rustam oʻgʻli (davlat granti)',
    ],
    [
      'graduation',
      'ru',
      'Об окончании обучения студентом',
      '1. Считать окончившими обучение с 1 декабря 2026 г. следующих студентов 4 курса группы IQT-22 (Экономический факультет), выполнивших учебный план и успешно прошедших итоговую государственную аттестацию: | 1) Aliyev Bobur Rustam oʻgʻli (государственный грант)',
    ],
    [
      'scholarship',
      'uz-Latn',
      'Talabaga stipendiya tayinlash toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruhining quyidagi talabalariga 2026-yil 1-dekabrdan stipendiya tayinlansin: | 1) Aliyev Bobur Rustam oʻgʻli (davlat granti) — Prezident stipendiyasi',
    ],
    [
      'scholarship',
      'ru',
      'О назначении стипендии студенту',
      '1. Назначить стипендию с 1 декабря 2026 г. следующим студентам 2 курса группы IQT-24 (Экономический факультет): | 1) Aliyev Bobur Rustam oʻgʻli (государственный грант) — Prezident stipendiyasi',
    ],
    [
      'individualSchedule',
      'uz-Latn',
      'Talabaga shaxsiy grafik asosida oʻqishga ruxsat berish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruhining quyidagi talabalariga 2026-yil 1-dekabrdan shaxsiy grafik asosida oʻqishga ruxsat berilsin: | 1) Aliyev Bobur Rustam oʻgʻli (davlat granti) — 2027-yil 1-fevralgacha',
    ],
    [
      'individualSchedule',
      'ru',
      'Об обучении студента по индивидуальному графику',
      '1. Разрешить обучение по индивидуальному графику с 1 декабря 2026 г. следующим студентам 2 курса группы IQT-24 (Экономический факультет): | 1) Aliyev Bobur Rustam oʻgʻli (государственный грант) — 2027-yil 1-fevralgacha',
    ],
    [
      'graduationTopics',
      'uz-Latn',
      'Bitiruv malakaviy ishi mavzusini tasdiqlash toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 4-kurs IQT-22 guruhi talabalarining bitiruv malakaviy ishlari mavzulari quyidagicha tasdiqlansin: | 1) Aliyev Bobur Rustam oʻgʻli — «Raqamli iqtisodiyotda soliq siyosati»',
    ],
    [
      'graduationTopics',
      'ru',
      'Об утверждении темы выпускной квалификационной работы',
      '1. Утвердить темы выпускных квалификационных работ студентов 4 курса группы IQT-22 (Экономический факультет): | 1) Aliyev Bobur Rustam oʻgʻli — «Raqamli iqtisodiyotda soliq siyosati»',
    ],
    [
      'admission',
      'uz-Latn',
      'Talabalikka qabul qilish toʻgʻrisida',
      '1. Quyidagi shaxslar 2026-yil 1-dekabrdan Iqtisodiyot fakulteti 1-kurs IQT-26 guruhiga talabalikka qabul qilinsin: | 1) Aliyev Bobur Rustam oʻgʻli (davlat granti)',
    ],
    [
      'admission',
      'ru',
      'О зачислении в число студентов',
      '1. Зачислить с 1 декабря 2026 г. в число студентов 1 курса группы IQT-26 (Экономический факультет) следующих лиц: | 1) Aliyev Bobur Rustam oʻgʻli (государственный грант)',
    ],
    [
      'groupChange',
      'uz-Latn',
      'Talabani boshqa guruhga oʻtkazish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Bobur Rustam oʻgʻli (davlat granti) 2026-yil 1-dekabrdan IQT-24B guruhiga oʻtkazilsin.',
    ],
    [
      'groupChange',
      'ru',
      'О переводе студента в другую группу',
      '1. Aliyev Bobur Rustam oʻgʻli, студент 2 курса группы IQT-24 (Экономический факультет, государственный грант), — перевести с 1 декабря 2026 г. в группу IQT-24B.',
    ],
    [
      'returnFromLeave',
      'uz-Latn',
      'Talabaning akademik taʼtildan qaytishi toʻgʻrisida',
      '1. Akademik taʼtildagi Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Bobur Rustam oʻgʻli (davlat granti) 2026-yil 1-dekabrdan akademik taʼtildan qaytgan deb hisoblansin va IQT-24 guruhida oʻqishga ruxsat etilsin.',
    ],
    [
      'returnFromLeave',
      'ru',
      'О выходе студента из академического отпуска',
      '1. Aliyev Bobur Rustam oʻgʻli, студент 2 курса группы IQT-24 (Экономический факультет, государственный грант), — допустить к занятиям с 1 декабря 2026 г. в связи с окончанием академического отпуска.',
    ],
    [
      'nameChange',
      'uz-Latn',
      'Talabaning familiyasi, ismi va otasining ismini oʻzgartirish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Bobur Rustam oʻgʻlining familiyasi, ismi va otasining ismi yangi pasportiga muvofiq 2026-yil 1-dekabrdan «Aliyev Bobur Rustamovich» deb oʻzgartirilsin.',
    ],
    [
      'nameChange',
      'ru',
      'Об изменении фамилии, имени, отчества студента',
      '1. Aliyev Bobur Rustam oʻgʻli, студент 2 курса группы IQT-24 (Экономический факультет, государственный грант), — в соответствии с новым паспортом с 1 декабря 2026 г. считать фамилию, имя, отчество: «Aliyev Bobur Rustamovich».',
    ],
    [
      'revocation',
      'uz-Latn',
      '2026-yil 1-noyabrdagi 45-T-sonli buyruqning bandini bekor qilish toʻgʻrisida',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Bobur Rustam oʻgʻliga nisbatan 2026-yil 1-noyabrdagi 45-T-sonli buyruqning 3-bandi 2026-yil 1-dekabrdan bekor qilinsin.',
    ],
    [
      'revocation',
      'ru',
      'Об отмене пункта приказа от 1 ноября 2026 г. № 45-T',
      '1. Aliyev Bobur Rustam oʻgʻli, студент 2 курса группы IQT-24 (Экономический факультет, государственный грант), — с 1 декабря 2026 г. отменить пункт 3 приказа от 1 ноября 2026 г. № 45-T в части, касающейся данного студента.',
    ],
  ])('%s in %s', (type, lang, title, paragraph) => {
    const input = order(type, [student(LINE[type])], { reverses: type === 'revocation' ? REVOKED : null });
    const text = buildOrderText(input, lang);
    expect(text.title).toBe(title);
    const p = text.paragraphs[0]!;
    expect([`${p.n}. ${p.text}`, ...p.items.map((item, k) => `${k + 1}) ${item.text}`)].join(' | ')).toBe(paragraph);
  });

  it('covers every order type: a title and a paragraph in both languages, nothing undefined or doubled', () => {
    for (const type of ORDER_TYPES) {
      const texts = buildOrderTexts(order(type, [student(LINE[type])], { reverses: REVOKED }));
      for (const text of Object.values(texts)) {
        expect(orderTextSchema.parse(text)).toEqual(text);
        const all = [text.title, ...text.paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => i.text)])].join('\n');
        expect(all, type).not.toMatch(/undefined|null|NaN|\s{2}|\s[,.:]|\.\.$/);
        expect(text.paragraphs.length, type).toBe(1);
      }
    }
  });
});

describe('order text: the frame around the paragraphs', () => {
  it('prints the header, command, control, basis and signature in Uzbek and Russian', () => {
    const { 'uz-Latn': uz, ru } = buildOrderTexts(order('expulsion', [student({ reason: '11' })]));
    expect(uz).toMatchObject({
      institution: 'Fargʻona davlat universiteti',
      heading: 'BUYRUQ',
      dateLine: '2026-yil 28-noyabr',
      numberLine: '№ 123-T',
      place: 'Fargʻona sh.',
      preamble: 'Nizomga muvofiq',
      command: 'BUYURAMAN:',
      control: 'Nazorat prorektor zimmasiga yuklansin.',
      basis: 'Asos: talabaning arizasi.',
      signature: { position: 'Rektor', name: 'A. Karimov' },
    });
    expect(ru).toMatchObject({
      institution: 'Ферганский государственный университет',
      heading: 'ПРИКАЗ',
      dateLine: '28 ноября 2026 г.',
      place: 'г. Фергана',
      command: 'ПРИКАЗЫВАЮ:',
      // The office's clause already says "Основание:": not printed twice.
      basis: 'Основание: заявление студента.',
      signature: { position: 'Ректор', name: 'A. Karimov' },
    });
  });

  it('leaves blanks for the number and date of a draft, and a city typed with "sh." alone', () => {
    const uz = buildOrderText(
      order('expulsion', [student()], { number: null, orderDate: null, city: 'Toshkent sh.' }),
      'uz-Latn',
    );
    expect([uz.dateLine, uz.numberLine, uz.place]).toEqual([
      '«____» ____________ 20___-yil',
      '№ ________',
      'Toshkent sh.',
    ]);
    const ru = buildOrderText(order('expulsion', [student()], { number: null, city: 'Toshkent sh.' }), 'ru');
    expect([ru.numberLine, ru.place]).toEqual(['№ ________', 'г. Ташкент']);
  });

  it('prints a Russian name in Cyrillic only when the record has one, and never changes a name', () => {
    const s = [
      student({ studentId: 'a', nameCyr: 'Алиев Бобур Рустам ўғли' }),
      student({ studentId: 'b', nameLat: 'Djumayev Xodjakbar', gender: '12' }),
    ];
    const ru = buildOrderText(order('expulsion', s), 'ru');
    expect(ru.paragraphs[0]!.text).toMatch(/^Алиев Бобур Рустам ўғли, студент /);
    expect(ru.paragraphs[1]!.text).toMatch(/^Djumayev Xodjakbar, студентка /);
    const uz = buildOrderText(order('academicLeave', s), 'uz-Latn');
    expect(uz.paragraphs[1]!.text).toContain('talabasi Djumayev Xodjakbarga');
  });

  it('lists bulk types per group and date, in the order of the lines, each student an item', () => {
    const s = [
      student({ studentId: 'a', nameLat: 'Aliyev Bobur' }),
      student({ studentId: 'b', nameLat: 'Karimova Dilnoza', group: 'IQT-24B', paymentForm: '12' }),
      student({ studentId: 'c', nameLat: 'Joʻrayev Sanjar' }),
    ];
    const text = buildOrderText(order('promotion', s), 'uz-Latn');
    expect(text.paragraphs.map((p) => [p.n, p.items.map((i) => i.studentId)])).toEqual([
      [1, ['a', 'c']],
      [2, ['b']],
    ]);
    expect(text.paragraphs[1]!.items[0]!.text).toBe('Karimova Dilnoza (toʻlov-shartnoma)');
    expect(text.title).toBe('Talabalarni kursdan kursga oʻtkazish toʻgʻrisida');
  });

  it('an excerpt keeps the paragraphs naming one student: a list keeps its lead-in and the student’s item', () => {
    const s = [student({ studentId: 'a' }), student({ studentId: 'b', nameLat: 'Karimova Dilnoza' })];
    const list = buildOrderText(order('promotion', s), 'uz-Latn');
    expect(paragraphsFor(list, 'b')).toEqual([
      { n: 1, text: list.paragraphs[0]!.text, items: [{ n: 2, text: 'Karimova Dilnoza (davlat granti)' }] },
    ]);
    const single = buildOrderText(order('expulsion', s), 'uz-Latn');
    expect(paragraphsFor(single, 'b').map((p) => p.n)).toEqual([2]);
    expect(paragraphsFor(single, 'nobody')).toEqual([]);
  });

  it.each([
    ['Aliyev Bobur', 'Aliyev Boburga'],
    ['Toshmatov Erkinbek', 'Toshmatov Erkinbekka'],
    ['Yoʻldoshev Ishoq', 'Yoʻldoshev Ishoqqa'],
    ['Karimova Nodira Rustam qizi', 'Karimova Nodira Rustam qiziga'],
  ])('dative of %s is %s', (name, expected) => {
    expect(dative(name)).toBe(expected);
  });
});
