import type { SvgIconComponent } from '@mui/icons-material';
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import CloudSyncOutlined from '@mui/icons-material/CloudSyncOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import PersonSearchOutlined from '@mui/icons-material/PersonSearchOutlined';
import RuleOutlined from '@mui/icons-material/RuleOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { contract, MANAGERS, roleMayCall, type ChannelName, type Role } from '../../src-shared/contract';
import type { MessageKey } from '../../src-shared/i18n';
import { attendanceNav, type AttendancePageId } from '../features/attendance/nav';
import { documentsNav, type DocumentsPageId } from '../features/documents/nav';
import { gradesNav, type GradesPageId } from '../features/grades/nav';
import { ordersNav, type OrdersPageId } from '../features/orders/nav';
import { structureNav, type StructurePageId } from '../features/structure/nav';
import { requestsNav, type RequestsPageId } from '../features/requests/nav';
import { queueNav, type QueuePageId } from '../features/queue/nav';
import { feesNav, type FeesPageId } from '../features/fees/nav';
import { contractsNav, type ContractsPageId } from '../features/contracts/nav';
import { scholarshipsNav, type ScholarshipsPageId } from '../features/scholarships/nav';
import { foreignNav, type ForeignPageId } from '../features/foreign/nav';
import { infodeskNav, type InfodeskPageId } from '../features/infodesk/nav';

export type ShellId = 'front-desk' | 'back-office' | 'archive' | 'head';
export type PageId =
  | 'home'
  | 'students'
  | 'studentNew'
  | 'studentCard'
  | 'studentEdit'
  | 'studentImport'
  | 'quality'
  | 'users'
  | 'institution'
  | 'audit'
  | 'backups'
  | 'hemis'
  | 'settings'
  | 'check'
  | 'account'
  | StructurePageId
  | GradesPageId
  | AttendancePageId
  | DocumentsPageId
  | OrdersPageId
  | RequestsPageId
  | QueuePageId
  | FeesPageId
  | ContractsPageId
  | ScholarshipsPageId
  | ForeignPageId
  | InfodeskPageId;

/** A screen reached from a navigation item (a card, an edit form) that has no menu entry of its own. */
export interface SubRoute {
  page: PageId;
  /** Route pattern under the shell, e.g. `students/:id`. */
  path: string;
  channel: ChannelName;
}

export interface NavItem {
  page: PageId;
  /** URL segment under the shell; '' is the shell's home. */
  path: string;
  labelKey: MessageKey;
  icon: SvgIconComponent;
  /** The channel the page cannot work without: the item exists only for roles that may call it. */
  channel: ChannelName;
  /** Screens opened from this page; each exists only for roles that may call its channel. */
  children?: readonly SubRoute[];
  /** The heading the item sits under in the menu (set where the workspace is composed). */
  section?: NavSection;
}

/** Menu headings: a workspace with twenty screens needs them to stay scannable. */
export type NavSection =
  'students' | 'service' | 'finance' | 'orders' | 'documents' | 'academic' | 'attendance' | 'admin';

/** The items of one menu heading. */
function section(id: NavSection, items: readonly NavItem[]): NavItem[] {
  return items.map((item) => ({ ...item, section: id }));
}

export interface ShellDef {
  id: ShellId;
  labelKey: MessageKey;
  /** Roles whose own workspace this is (managers may open every workspace). */
  roles: readonly Role[];
  items: readonly NavItem[];
  /** The page a person lands on after signing in, when it is not the workspace's home. */
  landing?: PageId;
}

const HOME: NavItem = { page: 'home', path: '', labelKey: 'nav.home', icon: HomeOutlined, channel: 'auth.me' };
const ACCOUNT: NavItem = {
  page: 'account',
  path: 'account',
  labelKey: 'nav.account',
  icon: AccountCircleOutlined,
  channel: 'auth.changePassword',
};

/** The counter search: every workspace finds students; the card and the edit form open from it. */
const STUDENTS: NavItem = {
  page: 'students',
  path: 'students',
  labelKey: 'nav.students',
  icon: PersonSearchOutlined,
  channel: 'students.search',
  children: [
    { page: 'studentCard', path: 'students/:id', channel: 'students.get' },
    { page: 'studentEdit', path: 'students/:id/edit', channel: 'students.update' },
  ],
};
// Not under `students/`: the menu would then mark "Search" active on the new-student form too.
const STUDENT_NEW: NavItem = {
  page: 'studentNew',
  path: 'new-student',
  labelKey: 'nav.studentNew',
  icon: PersonAddAltOutlined,
  channel: 'students.create',
};

/** The back office fills the registry from files and keeps it clean (import wizard, data quality). */
const STUDENT_IMPORT: NavItem = {
  page: 'studentImport',
  path: 'import',
  labelKey: 'nav.studentImport',
  icon: UploadFileOutlined,
  channel: 'students.import',
};
const QUALITY: NavItem = {
  page: 'quality',
  path: 'quality',
  labelKey: 'nav.quality',
  icon: RuleOutlined,
  channel: 'quality.summary',
};

/**
 * The academic screens (issue 4), each feature listing its own items per workspace: structure and
 * grades under "study", attendance and timetables under their own heading.
 */
const ACADEMIC = {
  frontDesk: [
    ...section('academic', [...structureNav.frontDesk, ...gradesNav.frontDesk]),
    ...section('attendance', attendanceNav.frontDesk),
  ],
  backOffice: [
    ...section('academic', [...structureNav.backOffice, ...gradesNav.backOffice]),
    ...section('attendance', attendanceNav.backOffice),
  ],
  head: [
    ...section('academic', [...structureNav.head, ...gradesNav.head]),
    ...section('attendance', attendanceNav.head),
  ],
};

/**
 * The service desk (issue 7), each feature listing its own items per workspace: requests, the queue, the
 * info desk and foreign applicants under "service"; tariffs, contracts and scholarships under "finance".
 */
type Workspace = 'frontDesk' | 'backOffice' | 'archive' | 'head';
function serviceDesk(ws: Workspace): NavItem[] {
  return [
    ...section('service', [...requestsNav[ws], ...queueNav[ws], ...foreignNav[ws], ...infodeskNav[ws]]),
    ...section('finance', [...feesNav[ws], ...contractsNav[ws], ...scholarshipsNav[ws]]),
  ];
}

/**
 * The four workspaces. A screen appears in a workspace only once it exists and the role may use it;
 * there are no placeholder pages. Later features add their items here.
 */
export const SHELLS: readonly ShellDef[] = [
  // The counter's first move for every visitor is "find the student": the front desk opens on the search.
  {
    id: 'front-desk',
    labelKey: 'shell.front-desk',
    roles: ['front_office'],
    items: [
      HOME,
      ...section('students', [STUDENTS, STUDENT_NEW]),
      ...serviceDesk('frontDesk'),
      ...section('documents', documentsNav.frontDesk),
      ...ACADEMIC.frontDesk,
      ACCOUNT,
    ],
    landing: 'students',
  },
  {
    id: 'back-office',
    labelKey: 'shell.back-office',
    roles: ['back_office', 'viewer'],
    items: [
      HOME,
      ...section('students', [STUDENTS, STUDENT_NEW, STUDENT_IMPORT, QUALITY]),
      ...serviceDesk('backOffice'),
      ...section('orders', ordersNav.backOffice),
      ...section('documents', documentsNav.backOffice),
      ...ACADEMIC.backOffice,
      ACCOUNT,
    ],
  },
  {
    id: 'archive',
    labelKey: 'shell.archive',
    roles: ['archive'],
    items: [
      HOME,
      ...section('students', [STUDENTS, STUDENT_NEW]),
      ...serviceDesk('archive'),
      ...section('orders', ordersNav.archive),
      ...section('documents', documentsNav.archive),
      ACCOUNT,
    ],
  },
  {
    id: 'head',
    labelKey: 'shell.head',
    roles: ['head', 'admin'],
    items: [
      HOME,
      ...section('students', [STUDENTS, STUDENT_NEW, STUDENT_IMPORT, QUALITY]),
      ...serviceDesk('head'),
      ...section('orders', ordersNav.head),
      ...section('documents', documentsNav.head),
      ...ACADEMIC.head,
      ...section('admin', [
        { page: 'users', path: 'users', labelKey: 'nav.users', icon: PeopleAltOutlined, channel: 'users.list' },
        {
          page: 'institution',
          path: 'institution',
          labelKey: 'nav.institution',
          icon: AccountBalanceOutlined,
          channel: 'institution.update',
        },
        { page: 'audit', path: 'audit', labelKey: 'nav.audit', icon: HistoryOutlined, channel: 'audit.list' },
        { page: 'backups', path: 'backups', labelKey: 'nav.backups', icon: BackupOutlined, channel: 'backups.list' },
        { page: 'hemis', path: 'hemis', labelKey: 'nav.hemis', icon: CloudSyncOutlined, channel: 'hemis.settings' },
        {
          page: 'settings',
          path: 'settings',
          labelKey: 'nav.settings',
          icon: SettingsOutlined,
          channel: 'system.settings',
        },
        { page: 'check', path: 'check', labelKey: 'nav.check', icon: FactCheckOutlined, channel: 'system.check' },
      ]),
      ACCOUNT,
    ],
  },
];

/** Workspaces a role may open: managers (admin, head) all four, everybody else exactly their own. */
export function shellsFor(role: Role): ShellDef[] {
  return MANAGERS.includes(role) ? [...SHELLS] : SHELLS.filter((s) => s.roles.includes(role));
}

/** Where a role lands after signing in. */
export function homeShellOf(role: Role): ShellDef {
  const own = SHELLS.find((s) => s.roles.includes(role));
  if (!own) throw new Error(`no workspace for role ${role}`);
  return own;
}

export function findShell(role: Role, id: string | undefined): ShellDef | undefined {
  return shellsFor(role).find((s) => s.id === id);
}

/** The navigation a role sees in a workspace: only items whose channel it may call. */
export function navFor(shell: ShellDef, role: Role): NavItem[] {
  return shell.items.filter((item) => roleMayCall(role, contract[item.channel].access));
}

export function pathOf(shell: ShellDef, item?: Pick<NavItem, 'path'>): string {
  return item && item.path ? `/${shell.id}/${item.path}` : `/${shell.id}`;
}

/** Every route of a workspace for a role: its navigation items and the screens opened from them. */
export function routesFor(shell: ShellDef, role: Role): SubRoute[] {
  return navFor(shell, role).flatMap((item) => [
    { page: item.page, path: item.path, channel: item.channel },
    ...(item.children ?? []).filter((child) => roleMayCall(role, contract[child.channel].access)),
  ]);
}

/** Where a role's workspace opens after signing in: its landing page when the role may use it, else home. */
export function landingPathOf(shell: ShellDef, role: Role): string {
  const landing = navFor(shell, role).find((item) => item.page === shell.landing);
  return pathOf(shell, landing);
}

/** The path of a page of the workspace (`students`, `students/<id>`), when the role may open it. */
export function pagePath(shell: ShellDef, role: Role, page: PageId, id?: string): string | null {
  const route = routesFor(shell, role).find((r) => r.page === page);
  if (!route) return null;
  return pathOf(shell, { path: id === undefined ? route.path : route.path.replace(':id', encodeURIComponent(id)) });
}
