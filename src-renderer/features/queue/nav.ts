import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The queue screens (issue 7): the counter queue: services, windows, tickets, the hall display. */
export type QueuePageId = never;

/** Items per workspace; a screen is listed only once it exists. */
export const queueNav: {
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

export const queuePages: Record<QueuePageId, ComponentType<{ shell: ShellDef }>> = {};
