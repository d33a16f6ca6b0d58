import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The infodesk screens (issue 7): the info desk knowledge base: articles, search, handouts. */
export type InfodeskPageId = never;

/** Items per workspace; a screen is listed only once it exists. */
export const infodeskNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [],
  backOffice: [],
  archive: [],
  head: [],
};

export const infodeskPages: Record<InfodeskPageId, ComponentType<{ shell: ShellDef }>> = {};
