import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The fees screens (issue 7): tariff tables by academic year and the contract and re-study calculators. */
export type FeesPageId = never;

/** Items per workspace; a screen is listed only once it exists. */
export const feesNav: {
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

export const feesPages: Record<FeesPageId, ComponentType<{ shell: ShellDef }>> = {};
