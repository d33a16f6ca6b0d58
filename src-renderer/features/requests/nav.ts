import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The requests screens (issue 7): requests (arizalar): types, intake, workflow, deadlines in working days, holiday calendar. */
export type RequestsPageId = never;

/** Items per workspace; a screen is listed only once it exists. */
export const requestsNav: {
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

export const requestsPages: Record<RequestsPageId, ComponentType<{ shell: ShellDef }>> = {};
