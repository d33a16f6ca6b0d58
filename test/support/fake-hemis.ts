import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { makePinfl } from '../../src-shared/domain/pinfl';

/**
 * A local HEMIS Backend API (`/rest/v1/data/<endpoint>`) for tests: the documented envelope
 * `{success, error, data:{items, pagination:{totalCount,pageSize,pageCount,page}}}`, Bearer token,
 * `updated_at_from`, realistic items (structure, curricula with semesters and subjects, marking
 * systems, staff, students; mixed apostrophes, Cyrillic names, nulls, classifier objects, fields the
 * app does not know), and failures on demand.
 */

type Item = Record<string, unknown>;

export interface FakeHemisOptions {
  students?: number;
  /** The server's page size cap (HEMIS: 200); small values give many pages with few rows. */
  pageSize?: number;
  token?: string;
  /** Indices of generated students made invalid (malformed PINFL). */
  invalid?: number[];
  /** `updated_at` of the generated students (unix seconds; student i gets base + i). */
  updatedAtBase?: number;
}

export interface FailureRule {
  endpoint: string;
  /** Only this page (default: any). */
  page?: number;
  /** How many times it fires (default 1; Infinity = always). */
  times?: number;
  /** HTTP status to answer with. */
  status?: number;
  retryAfter?: string;
  /** `broken`: 200 with a cut-off JSON body; `false`: 200 with `success:false`; `drop`: close the socket. */
  kind?: 'status' | 'broken' | 'false' | 'drop';
  message?: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface LoggedRequest {
  endpoint: string;
  query: Record<string, string>;
  authorization: string | null;
  status: number;
  at: number;
}

export interface FakeHemis {
  /** REST root to store as the HEMIS address: `http://127.0.0.1:<port>/rest`. */
  url: string;
  token: string;
  data: Record<string, Item[]>;
  requests: LoggedRequest[];
  fail(rule: FailureRule): void;
  clearFailures(): void;
  /** Every answer waits this long (slow HEMIS). */
  delayMs: number;
  /** Changes a student as HEMIS would (bumps `updated_at`). */
  updateStudent(id: number, patch: Item, updatedAt: number): void;
  close(): Promise<void>;
}

const APOSTROPHES = ["'", '\u2018', '\u2019', '\u02bc', '\u02bb', '`'];
const TASHKENT = 5 * 3600;

const cls = (code: string, name: string) => ({ code, name });

function structure(): Record<string, Item[]> {
  const faculty = (id: number, code: string, name: string) => ({
    id,
    name,
    code,
    structureType: cls('11', 'Fakultet'),
    localityType: cls('11', 'Mahalliy'),
    parent: null,
    active: true,
  });
  const departments: Item[] = [
    faculty(1, '101', 'Iqtisodiyot fakulteti'),
    faculty(2, '102', 'Filologiya fakulteti'),
    // A kafedra listed before its faculty's siblings, names as HEMIS writes them (U+2018 for oʻ).
    {
      id: 11,
      name: 'O\u2018zbek tili va adabiyoti kafedrasi',
      code: '102-1',
      structureType: cls('12', 'Kafedra'),
      parent: 2,
      active: true,
    },
    { id: 12, name: 'Buxgalteriya hisobi kafedrasi', code: '101-1', structureType: cls('12', 'Kafedra'), parent: 1 },
    { id: 13, name: 'Registrator ofisi', code: '300', structureType: cls('13', 'Bo\u2018lim'), parent: null },
  ];
  const specialty = (id: number, code: string, name: string, dept: number) => ({
    id,
    code,
    name,
    department: { id: dept, name: departments.find((d) => d.id === dept)?.name, code: String(dept) },
    educationType: cls('11', 'Bakalavr'),
    localityType: null,
  });
  const specialties: Item[] = [
    specialty(21, '60410100', 'Iqtisodiyot', 1),
    specialty(22, '60410200', 'Buxgalteriya hisobi', 1),
    specialty(23, '60230100', 'Filologiya va tillarni o\u2018qitish (o\u2018zbek tili)', 2),
  ];
  const curricula: Item[] = specialties.map((s, i) => ({
    id: 31 + i,
    name: `${String(s.name)} 2024`,
    specialty: { id: s.id, code: s.code, name: s.name },
    department: s.department,
    educationYear: { code: '2025', name: '2025-2026', current: false },
    educationType: cls('11', 'Bakalavr'),
    educationForm: cls('11', 'Kunduzgi'),
    markingSystem:
      i === 0
        ? { code: '13', name: 'Kredit-modul tizimi', minimum_limit: 60, gpa_limit: 2.6 }
        : { code: '11', name: '100 ballik baholash tizimi', minimum_limit: 55, gpa_limit: null },
    semester_count: i === 2 ? null : 8,
    education_period: 4,
  }));
  const semesters: Item[] = curricula.flatMap((c, i) => [
    {
      id: 41 + i * 2,
      code: '13',
      name: '3-semestr',
      _curriculum: c.id,
      _education_year: '2026',
      level: cls('12', '2-kurs'),
      current: false,
      start_date: Date.parse('2026-09-02T00:00:00Z') / 1000 - TASHKENT,
      end_date: Date.parse('2027-01-20T00:00:00Z') / 1000 - TASHKENT,
    },
    {
      id: 42 + i * 2,
      code: '14',
      name: '4-semestr',
      _curriculum: c.id,
      education_year: { code: '2026', name: '2026-2027', current: true },
      level: cls('12', '2-kurs'),
      current: true,
    },
  ]);
  const subject = (id: number, code: string | null, name: string) => ({ id, code, name });
  const details = (lecture: number, practice: number, self: number) => [
    { trainingType: cls('11', 'Ma\u2019ruza'), academic_load: lecture },
    { trainingType: cls('13', 'Amaliy'), academic_load: practice },
    { trainingType: cls('17', 'Mustaqil ta\u2019lim'), academic_load: self },
  ];
  const curriculumSubjects: Item[] = [
    {
      id: 61,
      subject: subject(71, 'MAT201', 'Ehtimollar nazariyasi'),
      subjectType: cls('11', 'Majburiy'),
      subjectBlock: cls('11', 'Umumkasbiy'),
      subjectDetails: details(30, 30, 90),
      subjectExamTypes: [{ examType: cls('13', 'Yakuniy nazorat'), max_ball: 50 }],
      ratingGrade: cls('11', 'Fan'),
      examFinish: cls('11', 'Imtihon'),
      department: { id: 12, name: 'Buxgalteriya hisobi kafedrasi' },
      semester: { code: '13', name: '3-semestr' },
      _curriculum: 31,
      total_acload: 150,
      credit: 5,
      in_group: null,
      active: true,
    },
    {
      id: 62,
      // HEMIS writes oʻ with U+2018 in one curriculum and an ASCII apostrophe in another: one subject.
      subject: subject(72, null, 'O\u2018zbek tili (ixtisoslik bo\u2018yicha)'),
      subjectType: cls('11', 'Majburiy'),
      subjectDetails: details(0, 60, 60),
      ratingGrade: cls('11', 'Fan'),
      examFinish: cls('12', 'Sinov'),
      department: null,
      semester: { code: '13', name: '3-semestr' },
      _curriculum: 31,
      total_acload: 120,
      credit: '4',
      active: true,
    },
    {
      id: 63,
      subject: subject(73, 'TAR202', 'Ўзбекистон тарихи'),
      subjectType: cls('12', 'Tanlov'),
      subjectDetails: null,
      ratingGrade: cls('12', 'Kurs ishi'),
      examFinish: cls('11', 'Imtihon'),
      semester: { code: '14', name: '4-semestr' },
      _curriculum: 31,
      total_acload: null,
      credit: 3.5,
      somethingNew: 'ignored',
    },
    {
      id: 64,
      subject: subject(72, null, "O'zbek tili (ixtisoslik bo'yicha)"),
      subjectType: cls('11', 'Majburiy'),
      ratingGrade: cls('11', 'Fan'),
      examFinish: cls('12', 'Sinov'),
      semester: { code: '13', name: '3-semestr' },
      _curriculum: 33,
      credit: 4,
    },
    // No semester: rejected, the rest still applies.
    { id: 65, subject: subject(74, 'X', 'Noma\u2019lum'), semester: null, _curriculum: 31, credit: 2 },
  ];
  const markingSystems: Item[] = [
    { code: '11', name: '100 ballik baholash tizimi', minimum_limit: 55, gpa_limit: null, count_final_exams: 3 },
    { code: '12', name: '5 ballik baholash tizimi', minimum_limit: null, gpa_limit: null },
    { code: '13', name: 'Kredit baholash tizimi', minimum_limit: 60, gpa_limit: '2.6' },
  ];
  const employee = (
    id: number,
    last: string,
    first: string,
    third: string | null,
    dept: number | null,
    type: string,
  ) => ({
    id,
    employee_id_number: `36420${id}`,
    full_name: 'ignored',
    second_name: last,
    first_name: first,
    third_name: third,
    department: dept === null ? null : { id: dept, name: 'x' },
    staffPosition: cls(type === '12' ? '16' : '12', type === '12' ? 'Dekan' : 'Katta o\u2018qituvchi'),
    employeeType: cls(type, type === '12' ? 'Xodim' : 'Professor-o\u2018qituvchi'),
    gender: cls('11', 'Erkak'),
    birth_date: null,
    active: true,
  });
  const employees: Item[] = [
    employee(81, 'To\u2019xtayev', 'G\u02bbayrat', 'Shavkat o`g`li', 12, '11'),
    employee(82, 'Ғуломова', 'Нодира', null, 2, '11'),
    employee(83, 'Ergashev', 'Sanjar', 'Akbarovich', 1, '12'),
    { id: 84, second_name: null, first_name: 'Ismsiz', department: null },
  ];
  const groups: Item[] = [
    ['IQT-24', 21, 1, 31, '11'],
    ['BH-24', 22, 1, 32, '11'],
    ['FIL-24', 23, 2, 33, '11'],
    ['ФИЛ-24р', 23, 2, 33, '12'],
  ].map(([name, spec, dept, curriculum, lang], i) => ({
    id: 51 + i,
    name,
    department: { id: dept, name: departments.find((d) => d.id === dept)?.name },
    specialty: {
      id: spec,
      name: specialties.find((s) => s.id === spec)?.name,
      code: specialties.find((s) => s.id === spec)?.code,
    },
    educationLang: cls(String(lang), lang === '11' ? 'O\u2018zbek' : 'Rus'),
    _curriculum: curriculum,
    active: true,
  }));
  return {
    'department-list': departments,
    'specialty-list': specialties,
    'group-list': groups,
    'curriculum-list': curricula,
    'semester-list': semesters,
    'curriculum-subject-list': curriculumSubjects,
    'marking-system-list': markingSystems,
    'employee-list': employees,
  };
}

const GROUPS = structure()['group-list'] as Item[];
const LAST = [
  'Jo{a}rayev',
  'G{a}ulomov',
  'To{a}xtayev',
  'Qodirov',
  'Xasanov',
  'Yo{a}ldoshev',
  'Ergashev',
  'Ma{a}rufov',
];
const FIRST_MALE = ['G{a}ayrat', 'O{a}ktam', 'Sanjar', 'Bobur'];
const FIRST_FEMALE = ['Dilnoza', 'Shahnoza', 'Ma{a}mura', 'Nodira'];
const PATRONYMIC_MALE = ['Shavkat o{a}g{a}li', 'Akbarovich', null];
const PATRONYMIC_FEMALE = ['Rustamovna', 'Alisher qizi', null];
/** Uzbek surnames take -a for a woman: Qodirov → Qodirova. */
const feminine = (surname: string) => (/(ov|ev)$/.test(surname) ? `${surname}a` : surname);
const CYRILLIC = [
  ['Жўраев', 'Бобур', 'Шавкат ўғли'],
  ['Ғуломова', 'Гулнора', 'Рустамовна'],
];

/** Student `i` of the fake OTM: deterministic, realistic, with the odd null and unknown field. */
export function fakeStudent(i: number, updatedAt: number, invalid = false): Item {
  const a = APOSTROPHES[i % APOSTROPHES.length] as string;
  const female = i % 2 === 1;
  const cyr = i % 7 === 3 ? CYRILLIC[i % 2] : null;
  const fill = (s: string | null | undefined) => (s == null ? null : s.replaceAll('{a}', a));
  const year = 2003 + (i % 5);
  const birth = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const group = GROUPS[i % GROUPS.length] as Item;
  const level = String(11 + (i % 4));
  return {
    id: 1000 + i,
    student_id_number: `36424110${String(1000 + i).padStart(4, '0')}`,
    full_name: 'ignored',
    short_name: 'ignored',
    second_name: cyr ? cyr[0] : fill(female ? feminine(LAST[i % LAST.length] as string) : LAST[i % LAST.length]),
    first_name: cyr ? cyr[1] : fill((female ? FIRST_FEMALE : FIRST_MALE)[((i >> 1) + 3) % 4]),
    third_name: cyr ? cyr[2] : fill((female ? PATRONYMIC_FEMALE : PATRONYMIC_MALE)[i % 3]),
    image: i % 3 === 0 ? null : `https://student.example.uz/static/crop/${i}.jpg`,
    birth_date: Date.parse(`${birth}T00:00:00Z`) / 1000 - TASHKENT,
    passport_pin: invalid
      ? '1234'
      : i % 11 === 5
        ? null
        : makePinfl(birth, female ? 'female' : 'male', 26 + Math.floor(i / 900), 100 + (i % 900)),
    passport_number:
      i % 4 === 0 ? null : `A${String.fromCharCode(65 + (i % 26))}${String(1000000 + i).padStart(7, '0')}`,
    phone:
      i % 5 === 0
        ? null
        : i % 5 === 1
          ? `+998 90 ${String(1000000 + i).slice(0, 3)}-${String(1000 + i).slice(-2)}-${String(i % 100).padStart(2, '0')}`
          : `99890${String(1000000 + i)}`,
    email: i % 6 === 0 ? `talaba${i}@example.uz` : null,
    gender: cls(female ? '12' : '11', female ? 'Ayol' : 'Erkak'),
    citizenship: cls('11', 'O\u2018zbekiston Respublikasi fuqarosi'),
    university: { code: '364', name: 'Namuna universiteti' },
    department: group.department,
    specialty: group.specialty,
    group: { id: group.id, name: group.name, educationLang: group.educationLang },
    level: cls(level, `${Number(level) - 10}-kurs`),
    semester: { id: 42, code: '14', name: '4-semestr' },
    educationYear: { code: '2026', name: '2026-2027', current: true },
    educationForm: cls('11', 'Kunduzgi'),
    educationType: cls('11', 'Bakalavr'),
    paymentForm: cls(i % 3 === 0 ? '11' : '12', i % 3 === 0 ? 'Davlat granti' : 'To\u2018lov-shartnoma'),
    studentType: cls('11', 'Oddiy'),
    socialCategory: cls('10', 'Boshqa'),
    accommodation: null,
    studentStatus: cls('11', 'O\u2018qimoqda'),
    country: cls('UZ', 'O\u2018zbekiston'),
    province: null,
    district: null,
    _curriculum: group._curriculum,
    year_of_enter: 2026 - (Number(level) - 10) + 1,
    avg_gpa: '3.71',
    hash: `h${i}-${updatedAt}`,
    somethingNew: { introduced: 'in a later HEMIS version' },
    created_at: updatedAt - 86400,
    updated_at: updatedAt,
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

export async function startFakeHemis(opts: FakeHemisOptions = {}): Promise<FakeHemis> {
  const token = opts.token ?? 'fake-hemis-token-7f3a9c';
  const pageSize = Math.min(200, opts.pageSize ?? 200);
  const base = opts.updatedAtBase ?? 1_790_000_000;
  const invalid = new Set(opts.invalid ?? []);
  const data = structure();
  data['student-list'] = Array.from({ length: opts.students ?? 60 }, (_, i) =>
    fakeStudent(i, base + i, invalid.has(i)),
  );
  const failures: (FailureRule & { left: number })[] = [];
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();

  const fake: FakeHemis = {
    url: '',
    token,
    data,
    requests,
    delayMs: 0,
    fail: (rule) => failures.push({ ...rule, left: rule.times ?? 1 }),
    clearFailures: () => void failures.splice(0),
    updateStudent(id, patch, updatedAt) {
      const s = data['student-list']?.find((x) => x.id === id);
      if (!s) throw new Error(`no fake student ${id}`);
      Object.assign(s, patch, { updated_at: updatedAt, hash: `h${id}-${updatedAt}` });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/rest\/v1\/data\/([a-z-]+)$/.exec(url.pathname);
    const endpoint = match?.[1] ?? url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const page = Math.max(1, Number(query.page ?? 1) || 1);
    const log = (status: number) =>
      requests.push({ endpoint, query, authorization: req.headers.authorization ?? null, status, at: Date.now() });

    if (fake.delayMs > 0) await new Promise((r) => setTimeout(r, fake.delayMs));
    if (req.headers.authorization !== `Bearer ${token}`) {
      log(401);
      return send(res, 401, { success: false, error: 'Your request was made with invalid credentials.', data: null });
    }
    const rule = failures.find(
      (f) => f.left > 0 && f.endpoint === endpoint && (f.page === undefined || f.page === page),
    );
    if (rule) {
      rule.left--;
      if (rule.delayMs) await new Promise((r) => setTimeout(r, rule.delayMs));
      const kind = rule.kind ?? 'status';
      if (kind === 'drop') {
        log(0);
        req.socket.destroy();
        return;
      }
      if (kind === 'broken') {
        log(200);
        return send(res, 200, '{"success":true,"data":{"items":[{"id":1,"second_na');
      }
      if (kind === 'false') {
        log(200);
        return send(res, 200, { success: false, error: rule.message ?? 'Xatolik yuz berdi', data: null });
      }
      if (rule.status !== undefined) {
        log(rule.status);
        return send(
          res,
          rule.status,
          rule.status >= 500
            ? '<html><body>502 Bad Gateway</body></html>'
            : { success: false, error: rule.message ?? 'Error' },
          rule.retryAfter !== undefined ? { 'retry-after': rule.retryAfter } : {},
        );
      }
    }
    const all = data[endpoint];
    if (!match || !all) {
      log(404);
      return send(res, 404, { success: false, error: 'Not Found', data: null });
    }
    let items = all;
    if (query.updated_at_from !== undefined) {
      const from = Number(query.updated_at_from);
      items = items.filter((s) => typeof s.updated_at === 'number' && s.updated_at >= from);
    }
    items = [...items].sort((x, y) => Number(x.id) - Number(y.id));
    const limit = Math.min(pageSize, Math.max(1, Number(query.limit ?? 20) || 20));
    const pageCount = Math.ceil(items.length / limit);
    log(200);
    send(res, 200, {
      success: true,
      error: null,
      data: {
        items: items.slice((page - 1) * limit, page * limit),
        pagination: { totalCount: items.length, pageSize: limit, pageCount, page },
      },
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { success: false, error: String(err) }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest`;
  return fake;
}
