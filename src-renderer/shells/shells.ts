import type { SvgIconComponent } from '@mui/icons-material';
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import { contract, MANAGERS, roleMayCall, type ChannelName, type Role } from '../../src-shared/contract';
import type { MessageKey } from '../../src-shared/i18n';

export type ShellId = 'front-desk' | 'back-office' | 'archive' | 'head';
export type PageId = 'home' | 'users' | 'institution' | 'audit' | 'backups' | 'settings' | 'check' | 'account';

export interface NavItem {
  page: PageId;
  /** URL segment under the shell; '' is the shell's home. */
  path: string;
  labelKey: MessageKey;
  icon: SvgIconComponent;
  /** The channel the page cannot work without: the item exists only for roles that may call it. */
  channel: ChannelName;
}

export interface ShellDef {
  id: ShellId;
  labelKey: MessageKey;
  /** Roles whose own workspace this is (managers may open every workspace). */
  roles: readonly Role[];
  items: readonly NavItem[];
}

const HOME: NavItem = { page: 'home', path: '', labelKey: 'nav.home', icon: HomeOutlined, channel: 'auth.me' };
const ACCOUNT: NavItem = {
  page: 'account',
  path: 'account',
  labelKey: 'nav.account',
  icon: AccountCircleOutlined,
  channel: 'auth.changePassword',
};

/**
 * The four workspaces. A screen appears in a workspace only once it exists and the role may use it;
 * there are no placeholder pages. Later features add their items here.
 */
export const SHELLS: readonly ShellDef[] = [
  { id: 'front-desk', labelKey: 'shell.front-desk', roles: ['front_office'], items: [HOME, ACCOUNT] },
  { id: 'back-office', labelKey: 'shell.back-office', roles: ['back_office', 'viewer'], items: [HOME, ACCOUNT] },
  { id: 'archive', labelKey: 'shell.archive', roles: ['archive'], items: [HOME, ACCOUNT] },
  {
    id: 'head',
    labelKey: 'shell.head',
    roles: ['head', 'admin'],
    items: [
      HOME,
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
      {
        page: 'settings',
        path: 'settings',
        labelKey: 'nav.settings',
        icon: SettingsOutlined,
        channel: 'system.settings',
      },
      { page: 'check', path: 'check', labelKey: 'nav.check', icon: FactCheckOutlined, channel: 'system.check' },
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

export function pathOf(shell: ShellDef, item?: NavItem): string {
  return item && item.path ? `/${shell.id}/${item.path}` : `/${shell.id}`;
}
