import PublicOutlined from '@mui/icons-material/PublicOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { ForeignApplicationPage } from './ForeignApplicationPage';
import { ForeignListPage } from './ForeignListPage';

/** The foreign screens (issue 7): foreign applicants: applications, documents checklist, admission and registration. */
export type ForeignPageId = 'foreign' | 'foreignNew' | 'foreignDetail';

/** Static `foreign/new` outranks `foreign/:id` in the router, so the form and the application share the prefix. */
const FOREIGN: NavItem = {
  page: 'foreign',
  path: 'foreign',
  labelKey: 'nav.foreign',
  icon: PublicOutlined,
  channel: 'foreign.list',
  children: [
    { page: 'foreignNew', path: 'foreign/new', channel: 'foreign.create' },
    { page: 'foreignDetail', path: 'foreign/:id', channel: 'foreign.get' },
  ],
};

/** The counter takes applications, the back office checks and registers them, the head sees admission. */
export const foreignNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [FOREIGN],
  backOffice: [FOREIGN],
  archive: [],
  head: [FOREIGN],
};

export const foreignPages: Record<ForeignPageId, ComponentType<{ shell: ShellDef }>> = {
  foreign: ForeignListPage,
  foreignNew: ForeignApplicationPage,
  foreignDetail: ForeignApplicationPage,
};
