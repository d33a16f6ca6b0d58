/**
 * HEMIS `attendance-list`, `schedule-list` and `exam-list` items for the fake server
 * (`fake.data[...]`), shaped like DOMAIN §1.4: embedded `{id, name}` entities, classifier objects,
 * unix lesson dates at Tashkent midnight, `absent_on`/`absent_off` hours, the odd null and a field
 * the app does not know. Students are the fake server's (`1000 + i`), groups 51…54.
 */
type Item = Record<string, unknown>;

const TASHKENT = 5 * 3600;
const cls = (code: string, name: string) => ({ code, name });
const unixDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000 - TASHKENT;
const SUBJECTS = [
  { id: 401, name: 'Iqtisodiyot nazariyasi', code: 'IQT101' },
  { id: 402, name: 'Oliy matematika', code: 'MAT101' },
  { id: 403, name: 'Oʻzbek tili', code: 'UZB101' },
];
const PAIRS = [
  { code: '11', name: '1-juftlik', start_time: '08:30', end_time: '09:50' },
  { code: '12', name: '2-juftlik', start_time: '10:00', end_time: '11:20' },
  { code: '13', name: '3-juftlik', start_time: '12:00', end_time: '13:20' },
];
const GROUP_NAMES = ['IQT-24', 'BH-24', 'FIL-24', 'ФИЛ-24р'];
const group = (i: number) => ({ id: 51 + (i % 4), name: GROUP_NAMES[i % 4], educationLang: cls('11', 'Oʻzbek') });
const subject = (i: number) => SUBJECTS[i % SUBJECTS.length] as (typeof SUBJECTS)[number];

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * `count` absences over the days before `until`: student `1000 + (k % students)`, 2 hours each,
 * every third one excused; plus one line about a student HEMIS has but we do not (id 999999).
 */
export function fakeAttendanceList(opts: { students: number; count: number; until: string }): Item[] {
  const items: Item[] = Array.from({ length: opts.count }, (_, k) => {
    const s = k % opts.students;
    const date = addDays(opts.until, -Math.floor(k / opts.students));
    const excused = k % 3 === 2;
    return {
      id: 50_000 + k,
      student: { id: 1000 + s, name: `Talaba ${s}` },
      employee: { id: 7, name: 'Aliyev Anvar' },
      subject: subject(k),
      educationYear: { code: '2026', name: '2026-2027', current: true },
      semester: cls('13', '3-semestr'),
      group: group(s),
      trainingType: cls(k % 2 ? '13' : '11', k % 2 ? 'Amaliy' : 'Maʼruza'),
      lessonPair: PAIRS[k % PAIRS.length],
      lesson_date: unixDay(date),
      absent_on: excused ? 2 : 0,
      absent_off: excused ? 0 : 2,
      somethingNew: { later: 'HEMIS version' },
    };
  });
  items.push({ ...items[0], id: 59_999, student: { id: 999_999, name: 'Boshqa OTM' } });
  return items;
}

/** A week of lessons for each of the four groups from `monday`: three pairs a day, Monday to Saturday. */
export function fakeScheduleList(monday: string): Item[] {
  const items: Item[] = [];
  let id = 70_000;
  for (let g = 0; g < 4; g++) {
    for (let day = 0; day < 6; day++) {
      for (let p = 0; p < PAIRS.length; p++) {
        items.push({
          id: id++,
          subject: subject(day + p),
          employee: { id: 7, name: 'Aliyev Anvar' },
          group: group(g),
          auditorium: {
            code: `${200 + p}`,
            name: `${200 + p}-xona`,
            auditoriumType: cls('11', 'Maʼruza'),
            building: { id: 1, name: 'Bosh bino' },
          },
          trainingType: cls('11', 'Maʼruza'),
          lessonPair: PAIRS[p],
          semester: cls('13', '3-semestr'),
          educationYear: { code: '2026', name: '2026-2027', current: true },
          weekStartTime: unixDay(monday),
          lesson_date: unixDay(addDays(monday, day)),
          _week: 14,
        });
      }
    }
  }
  // A lesson of a group we do not have.
  items.push({ ...items[0], id: 79_999, group: { id: 777, name: 'YOʻQ-99' } });
  return items;
}

/** Final controls and a re-sit per group from `from`. */
export function fakeExamList(from: string): Item[] {
  return Array.from({ length: 4 }, (_, g) => [
    {
      id: 90_000 + g * 2,
      subject: subject(g),
      group: group(g),
      employee: { id: 7, name: 'Aliyev Anvar' },
      semester: cls('13', '3-semestr'),
      educationYear: { code: '2026', name: '2026-2027', current: true },
      examType: cls('13', 'Yakuniy nazorat'),
      finalExamType: cls('11', '1-qaydnoma'),
      lessonPair: PAIRS[0],
      auditorium: { code: '301', name: '301-xona' },
      exam_date: unixDay(addDays(from, g)),
    },
    {
      id: 90_001 + g * 2,
      subject: subject(g),
      group: group(g),
      semester: cls('13', '3-semestr'),
      educationYear: { code: '2026', name: '2026-2027', current: true },
      exam_type: cls('13', 'Yakuniy nazorat'),
      final_exam_type: cls('12', '2-qaydnoma'),
      start_time: '14:00',
      auditorium: null,
      exam_date: unixDay(addDays(from, 14 + g)),
    },
  ]).flat();
}
