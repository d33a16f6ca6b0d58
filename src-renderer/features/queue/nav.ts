import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import ConfirmationNumberOutlined from '@mui/icons-material/ConfirmationNumberOutlined';
import RecordVoiceOverOutlined from '@mui/icons-material/RecordVoiceOverOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { QueueDeskPage } from './QueueDeskPage';
import { QueueIssuePage } from './QueueIssuePage';
import { QueueSettingsPage } from './QueueSettingsPage';
import { QueueStatsPage } from './QueueStatsPage';

/**
 * The queue screens (issue 7): the operator's window, the ticket panel, the set-up and the day's figures.
 * The hall display is not here: it is a page outside the workspaces (`#/hall`), shown without sign-in.
 */
export type QueuePageId = 'queueDesk' | 'queueIssue' | 'queueSettings' | 'queueStats';

// Separate top-level paths: under `queue/` the menu would mark the operator's item active on the others too.
const DESK: NavItem = {
  page: 'queueDesk',
  path: 'queue',
  labelKey: 'nav.queueDesk',
  icon: RecordVoiceOverOutlined,
  channel: 'queue.callNext',
};
const ISSUE: NavItem = {
  page: 'queueIssue',
  path: 'queue-issue',
  labelKey: 'nav.queueIssue',
  icon: ConfirmationNumberOutlined,
  channel: 'queue.issue',
};
const SETTINGS: NavItem = {
  page: 'queueSettings',
  path: 'queue-settings',
  labelKey: 'nav.queueSettings',
  icon: TuneOutlined,
  channel: 'queue.saveService',
};
const STATS: NavItem = {
  page: 'queueStats',
  path: 'queue-stats',
  labelKey: 'nav.queueStats',
  icon: BarChartOutlined,
  channel: 'queue.stats',
};

/** The counter works the queue; the head also sets it up; the head and the back office read its figures. */
export const queueNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [DESK, ISSUE],
  backOffice: [STATS],
  archive: [],
  head: [DESK, ISSUE, SETTINGS, STATS],
};

export const queuePages: Record<QueuePageId, ComponentType<{ shell: ShellDef }>> = {
  queueDesk: QueueDeskPage,
  queueIssue: QueueIssuePage,
  queueSettings: QueueSettingsPage,
  queueStats: QueueStatsPage,
};
