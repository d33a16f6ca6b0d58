import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';

/** The attendance screens: their page ids, menu items per workspace, and components. */
export type AttendancePageId = never;

export const attendanceNav: {
  backOffice: readonly NavItem[];
  head: readonly NavItem[];
  frontDesk: readonly NavItem[];
} = {
  backOffice: [],
  head: [],
  frontDesk: [],
};

export const attendancePages: Record<AttendancePageId, ComponentType<{ shell: ShellDef }>> = {};
