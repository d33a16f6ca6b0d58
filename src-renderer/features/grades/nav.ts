import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The grades screens: their page ids, menu items per workspace, and components. */
export type GradesPageId = never;

export const gradesNav: { backOffice: readonly NavItem[]; head: readonly NavItem[]; frontDesk: readonly NavItem[] } = {
  backOffice: [],
  head: [],
  frontDesk: [],
};

export const gradesPages: Record<GradesPageId, ComponentType<{ shell: ShellDef }>> = {};
