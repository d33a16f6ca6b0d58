import CategoryOutlined from '@mui/icons-material/CategoryOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import InboxOutlined from '@mui/icons-material/InboxOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { HolidayCalendarPage } from './HolidayCalendarPage';
import { RequestPage } from './RequestPage';
import { RequestsPage } from './RequestsPage';
import { RequestTypesPage } from './RequestTypesPage';

/** The requests screens (issue 7): the queue and the list, one request, and the head's types and calendar. */
export type RequestsPageId = 'requests' | 'requestDetail' | 'requestTypes' | 'requestCalendar';

const REQUESTS: NavItem = {
  page: 'requests',
  path: 'requests',
  labelKey: 'nav.requests',
  icon: InboxOutlined,
  channel: 'requests.list',
  children: [{ page: 'requestDetail', path: 'requests/:id', channel: 'requests.get' }],
};
const TYPES: NavItem = {
  page: 'requestTypes',
  path: 'request-types',
  labelKey: 'nav.requestTypes',
  icon: CategoryOutlined,
  channel: 'requests.saveType',
};
const CALENDAR: NavItem = {
  page: 'requestCalendar',
  path: 'request-calendar',
  labelKey: 'nav.requestCalendar',
  icon: EventBusyOutlined,
  channel: 'requests.saveCalendar',
};

/**
 * The counter takes requests and the back office works them; the archive looks them up (read-only, by the
 * channels' access). The types and the holiday calendar are the head's settings.
 */
export const requestsNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [REQUESTS],
  backOffice: [REQUESTS],
  archive: [REQUESTS],
  head: [REQUESTS, TYPES, CALENDAR],
};

export const requestsPages: Record<RequestsPageId, ComponentType<{ shell: ShellDef }>> = {
  requests: RequestsPage,
  requestDetail: RequestPage,
  requestTypes: RequestTypesPage,
  requestCalendar: HolidayCalendarPage,
};
