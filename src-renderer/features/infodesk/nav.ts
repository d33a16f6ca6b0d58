import InfoOutlined from '@mui/icons-material/InfoOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { InfodeskPage } from './InfodeskPage';

/** The infodesk screens (issue 7): the info desk knowledge base: articles, search, handouts. */
export type InfodeskPageId = 'infodesk';

/** One page: search, the article view, the editor and the handouts all open from it as dialogs. */
const INFODESK: NavItem = {
  page: 'infodesk',
  path: 'infodesk',
  labelKey: 'nav.infodesk',
  icon: InfoOutlined,
  channel: 'infodesk.search',
};

/** Every workspace answers questions; the counter first (it keeps the articles current, too). */
export const infodeskNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [INFODESK],
  backOffice: [INFODESK],
  archive: [INFODESK],
  head: [INFODESK],
};

export const infodeskPages: Record<InfodeskPageId, ComponentType<{ shell: ShellDef }>> = {
  infodesk: InfodeskPage,
};
