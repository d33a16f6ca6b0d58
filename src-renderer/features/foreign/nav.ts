import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The foreign screens (issue 7): foreign applicants: applications, documents checklist, admission and registration. */
export type ForeignPageId = never;

/** Items per workspace; a screen is listed only once it exists. */
export const foreignNav: {
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

export const foreignPages: Record<ForeignPageId, ComponentType<{ shell: ShellDef }>> = {};
