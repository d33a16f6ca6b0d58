import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The contracts screens (issue 7): payment and re-study contracts, payment schedules, bank statement imports, balances. */
export type ContractsPageId = never;

/** Items per workspace; a screen is listed only once it exists. */
export const contractsNav: {
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

export const contractsPages: Record<ContractsPageId, ComponentType<{ shell: ShellDef }>> = {};
