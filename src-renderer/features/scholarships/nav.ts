import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The scholarships screens (issue 7): scholarship lists from grades and rules, and the scholarship order. */
export type ScholarshipsPageId = never;

/** Items per workspace; a screen is listed only once it exists. */
export const scholarshipsNav: {
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

export const scholarshipsPages: Record<ScholarshipsPageId, ComponentType<{ shell: ShellDef }>> = {};
