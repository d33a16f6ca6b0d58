import { describe, expect, it } from 'vitest';
import { contract, ROLES, type Role } from '../../src-shared/contract';
import { PAGES } from './pages';
import { homeShellOf, landingPathOf, navFor, pagePath, routesFor, SHELLS, shellsFor } from './shells';

/** The register and verification: every workspace, every staff role (issuing itself is on the card). */
const DOCS = ['documentsRegister', 'documentsVerify'] as const;
const STUDY = ['structure', 'curricula', 'studyGroups', 'academicYears', 'employees'] as const;
const GRADES_READ = ['gradesDebtors', 'gradesRanking', 'gradesGpaDiff'] as const;
const GRADES_WRITE = ['gradesEntry', ...GRADES_READ, 'gradesImport'] as const;
const ATTENDANCE_READ = ['attendanceDaily', 'attendanceAlerts', 'attendanceMonitoring', 'attendanceTimetable'] as const;
const ATTENDANCE_WRITE = [...ATTENDANCE_READ, 'attendanceImport'] as const;
/** Orders: everyone who reads cards sees the register of orders; writers also run promotion and keep the wording. */
const ORDERS_READ = ['orders', 'ordersGraduates', 'ordersStatistics'] as const;
const ORDERS_WRITE = ['orders', 'ordersPromotion', 'ordersGraduates', 'ordersStatistics', 'ordersClauses'] as const;
/**
 * The service desk (issue 7): the counter takes requests, runs the queue, finds answers at the info desk and
 * admits foreign applicants; the head also keeps the request types, the holiday calendar and the queue's setup.
 */
const SERVICE_COUNTER = ['requests', 'queueDesk', 'queueIssue', 'foreign', 'infodesk'] as const;
const SERVICE_HEAD = [
  'requests',
  'requestTypes',
  'requestCalendar',
  'queueDesk',
  'queueIssue',
  'queueSettings',
  'queueStats',
  'foreign',
  'infodesk',
] as const;
/** Fees: the counter computes and draws up contracts; the back office also imports payments and lists stipends. */
const FINANCE_COUNTER = ['feesCalculator', 'feesTariffs', 'contracts', 'contractNew', 'contractDebtors'] as const;
const FINANCE_WRITE = [...FINANCE_COUNTER, 'paymentsImport', 'scholarships'] as const;

const pagesOf = (role: Role, shellId: string) => {
  const shell = SHELLS.find((s) => s.id === shellId);
  if (!shell) throw new Error(shellId);
  return navFor(shell, role).map((item) => item.page);
};

describe('workspaces and navigation by role', () => {
  it.each([
    ['front_office', 'front-desk'],
    ['back_office', 'back-office'],
    ['viewer', 'back-office'],
    ['archive', 'archive'],
    ['head', 'head'],
    ['admin', 'head'],
  ] as const)('%s lands in %s', (role, shell) => {
    expect(homeShellOf(role).id).toBe(shell);
  });

  it('admin and head may open all four workspaces, everybody else exactly one', () => {
    for (const role of ROLES) {
      const ids = shellsFor(role).map((s) => s.id);
      if (role === 'admin' || role === 'head') expect(ids).toEqual(['front-desk', 'back-office', 'archive', 'head']);
      else expect(ids).toEqual([homeShellOf(role).id]);
    }
  });

  it('the administrator sees every page of the head workspace', () => {
    expect(pagesOf('admin', 'head')).toEqual([
      'home',
      'students',
      'studentNew',
      'studentImport',
      'quality',
      ...SERVICE_HEAD,
      ...FINANCE_WRITE,
      ...ORDERS_WRITE,
      'documentsRegister',
      'documentsVerify',
      'documentsTemplates',
      'structure',
      'curricula',
      'studyGroups',
      'academicYears',
      'employees',
      'gradesEntry',
      'gradesDebtors',
      'gradesRanking',
      'gradesGpaDiff',
      'gradesImport',
      'attendanceDaily',
      'attendanceAlerts',
      'attendanceMonitoring',
      'attendanceTimetable',
      'attendanceImport',
      'attendanceSettings',
      'users',
      'institution',
      'audit',
      'backups',
      'hemis',
      'settings',
      'check',
      'account',
    ]);
  });

  it('the head of office has no user administration and no settings (admin-only channels)', () => {
    expect(pagesOf('head', 'head')).toEqual([
      'home',
      'students',
      'studentNew',
      'studentImport',
      'quality',
      ...SERVICE_HEAD,
      ...FINANCE_WRITE,
      ...ORDERS_WRITE,
      'documentsRegister',
      'documentsVerify',
      'documentsTemplates',
      'structure',
      'curricula',
      'studyGroups',
      'academicYears',
      'employees',
      'gradesEntry',
      'gradesDebtors',
      'gradesRanking',
      'gradesGpaDiff',
      'gradesImport',
      'attendanceDaily',
      'attendanceAlerts',
      'attendanceMonitoring',
      'attendanceTimetable',
      'attendanceImport',
      'attendanceSettings',
      'institution',
      'audit',
      'backups',
      'hemis',
      'check',
      'account',
    ]);
  });

  it.each([
    [
      'front_office',
      [
        'home',
        'students',
        'studentNew',
        ...SERVICE_COUNTER,
        ...FINANCE_COUNTER,
        ...DOCS,
        'attendanceTimetable',
        'account',
      ],
    ],
    [
      'back_office',
      [
        'home',
        'students',
        'studentNew',
        'studentImport',
        'quality',
        'requests',
        'queueStats',
        'foreign',
        'infodesk',
        ...FINANCE_WRITE,
        ...ORDERS_WRITE,
        ...DOCS,
        ...STUDY,
        ...GRADES_WRITE,
        ...ATTENDANCE_WRITE,
        'account',
      ],
    ],
    ['archive', ['home', 'students', 'requests', 'infodesk', 'orders', 'ordersGraduates', ...DOCS, 'account']],
    [
      'viewer',
      [
        'home',
        'students',
        'infodesk',
        ...ORDERS_READ,
        ...DOCS,
        ...STUDY,
        ...GRADES_READ,
        ...ATTENDANCE_READ,
        'account',
      ],
    ],
  ] as const)(
    '%s sees home, the student search (and a new student if it edits; import and data quality if it fills the registry), the academic screens its role may use, and account',
    (role, pages) => {
      expect(navFor(homeShellOf(role), role).map((i) => i.page)).toEqual(pages);
    },
  );

  it('groups the menu under headings: students, service, finance, orders, documents, study, attendance, administration', () => {
    const sections = navFor(homeShellOf('admin'), 'admin').map((i) => i.section ?? null);
    // Each heading's items stand together, in this order; home and account stand alone.
    const order = sections.filter((s, i) => s !== null && s !== sections[i - 1]);
    expect(order).toEqual(['students', 'service', 'finance', 'orders', 'documents', 'academic', 'attendance', 'admin']);
    expect(sections[0]).toBeNull();
    expect(sections.at(-1)).toBeNull();
  });

  it('the front desk opens on the search; the other workspaces on their home page', () => {
    expect(landingPathOf(homeShellOf('front_office'), 'front_office')).toBe('/front-desk/students');
    expect(landingPathOf(homeShellOf('back_office'), 'back_office')).toBe('/back-office');
    expect(landingPathOf(homeShellOf('head'), 'head')).toBe('/head');
  });

  it('the card opens for every reader, the edit form only for editors', () => {
    const card = (role: Role) => pagePath(homeShellOf(role), role, 'studentCard', 'abc');
    const edit = (role: Role) => pagePath(homeShellOf(role), role, 'studentEdit', 'abc');
    expect(card('viewer')).toBe('/back-office/students/abc');
    expect(edit('viewer')).toBeNull();
    expect(card('archive')).toBe('/archive/students/abc');
    expect(edit('archive')).toBeNull();
    expect(edit('front_office')).toBe('/front-desk/students/abc/edit');
    const viewerRoutes = routesFor(homeShellOf('viewer'), 'viewer').map((r) => r.page);
    expect(viewerRoutes.slice(0, 3)).toEqual(['home', 'students', 'studentCard']);
    expect(viewerRoutes).toContain('curriculumEdit');
    expect(viewerRoutes).not.toContain('studentEdit');
  });

  it('an order opens for every reader of the register; only writers compose one', () => {
    const detail = (role: Role) => pagePath(homeShellOf(role), role, 'orderDetail', 'o1');
    const compose = (role: Role) => pagePath(homeShellOf(role), role, 'orderNew');
    expect(detail('viewer')).toBe('/back-office/orders/o1');
    expect(compose('viewer')).toBeNull();
    expect(detail('archive')).toBe('/archive/orders/o1');
    expect(compose('archive')).toBeNull();
    expect(compose('back_office')).toBe('/back-office/orders/new');
    expect(compose('head')).toBe('/head/orders/new');
    // The counter sees a student's movements on the card; it has no order screens of its own.
    expect(detail('front_office')).toBeNull();
  });

  it('an item is shown exactly when its channel admits the role', () => {
    for (const shell of SHELLS) {
      for (const role of ROLES) {
        const shown = new Set(navFor(shell, role).map((i) => i.page));
        for (const item of shell.items) {
          const access = contract[item.channel].access;
          const allowed = access === 'public' || access === 'signedIn' || access.includes(role);
          expect(shown.has(item.page), `${role} ${shell.id} ${item.page}`).toBe(allowed);
        }
      }
    }
  });

  it('every item has a page component and a unique path in its workspace', () => {
    for (const shell of SHELLS) {
      const paths = shell.items.map((i) => i.path);
      expect(new Set(paths).size).toBe(paths.length);
      for (const item of shell.items) {
        expect(PAGES[item.page]).toBeTypeOf('function');
        for (const child of item.children ?? []) expect(PAGES[child.page]).toBeTypeOf('function');
      }
    }
  });
});
