import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import NotificationsActiveOutlined from '@mui/icons-material/NotificationsActiveOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { AlertsPage } from './AlertsPage';
import { DailyReportPage } from './DailyReportPage';
import { AttendanceImportPage } from './ImportPage';
import { MonitoringPage } from './MonitoringPage';
import { ThresholdsPage } from './ThresholdsPage';
import { TimetablePage } from './TimetablePage';

/** The attendance screens: their page ids, menu items per workspace, and components. */
export type AttendancePageId =
  | 'attendanceDaily'
  | 'attendanceAlerts'
  | 'attendanceMonitoring'
  | 'attendanceTimetable'
  | 'attendanceImport'
  | 'attendanceSettings';

const DAILY: NavItem = {
  page: 'attendanceDaily',
  path: 'attendance',
  labelKey: 'attendance.nav.daily',
  icon: EventBusyOutlined,
  channel: 'attendance.dailyReport',
};
const ALERTS: NavItem = {
  page: 'attendanceAlerts',
  path: 'attendance-alerts',
  labelKey: 'attendance.nav.alerts',
  icon: NotificationsActiveOutlined,
  channel: 'attendance.alerts',
};
const MONITORING: NavItem = {
  page: 'attendanceMonitoring',
  path: 'attendance-subjects',
  labelKey: 'attendance.nav.monitoring',
  icon: FactCheckOutlined,
  channel: 'attendance.subjectMonitoring',
};
/** The front desk's answer to "when and where is my next class / exam". */
const TIMETABLE: NavItem = {
  page: 'attendanceTimetable',
  path: 'timetable',
  labelKey: 'attendance.nav.timetable',
  icon: CalendarMonthOutlined,
  channel: 'attendance.timetable',
};
const IMPORT: NavItem = {
  page: 'attendanceImport',
  path: 'attendance-import',
  labelKey: 'attendance.nav.import',
  icon: UploadFileOutlined,
  channel: 'attendance.import',
};
const SETTINGS: NavItem = {
  page: 'attendanceSettings',
  path: 'attendance-settings',
  labelKey: 'attendance.nav.settings',
  icon: TuneOutlined,
  channel: 'attendance.updateThresholds',
};

export const attendanceNav: {
  backOffice: readonly NavItem[];
  head: readonly NavItem[];
  frontDesk: readonly NavItem[];
} = {
  backOffice: [DAILY, ALERTS, MONITORING, TIMETABLE, IMPORT],
  head: [DAILY, ALERTS, MONITORING, TIMETABLE, IMPORT, SETTINGS],
  frontDesk: [TIMETABLE],
};

export const attendancePages: Record<AttendancePageId, ComponentType<{ shell: ShellDef }>> = {
  attendanceDaily: DailyReportPage,
  attendanceAlerts: AlertsPage,
  attendanceMonitoring: MonitoringPage,
  attendanceTimetable: TimetablePage,
  attendanceImport: AttendanceImportPage,
  attendanceSettings: ThresholdsPage,
};
