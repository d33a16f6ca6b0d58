import PaidOutlined from '@mui/icons-material/PaidOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { ScholarshipsPage } from './ScholarshipsPage';

/** The scholarships screens (issue 7): scholarship lists from grades and rules, and the scholarship order. */
export type ScholarshipsPageId = 'scholarships';

const SCHOLARSHIPS: NavItem = {
  page: 'scholarships',
  path: 'scholarships',
  labelKey: 'nav.scholarships',
  icon: PaidOutlined,
  channel: 'scholarships.preview',
};

/** The back office draws up the list and its order; the head checks it. The counter has no stipend work. */
export const scholarshipsNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [],
  backOffice: [SCHOLARSHIPS],
  archive: [],
  head: [SCHOLARSHIPS],
};

export const scholarshipsPages: Record<ScholarshipsPageId, ComponentType<{ shell: ShellDef }>> = {
  scholarships: ScholarshipsPage,
};
