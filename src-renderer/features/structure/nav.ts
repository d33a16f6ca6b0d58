import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The structure screens: their page ids, menu items per workspace, and components. */
export type StructurePageId = never;

export const structureNav: { backOffice: readonly NavItem[]; head: readonly NavItem[]; frontDesk: readonly NavItem[] } =
  {
    backOffice: [],
    head: [],
    frontDesk: [],
  };

export const structurePages: Record<StructurePageId, ComponentType<{ shell: ShellDef }>> = {};
