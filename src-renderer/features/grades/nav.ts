import DriveFolderUploadOutlined from '@mui/icons-material/DriveFolderUploadOutlined';
import CompareArrowsOutlined from '@mui/icons-material/CompareArrowsOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import LeaderboardOutlined from '@mui/icons-material/LeaderboardOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { DebtorsPage } from './DebtorsPage';
import { GpaDiffPage } from './GpaDiffPage';
import { GradeEntryPage } from './GradeEntryPage';
import { GradesImportPage } from './GradesImportPage';
import { RankingPage } from './RankingPage';

/** The grades screens: their page ids, menu items per workspace, and components. */
export type GradesPageId = 'gradesEntry' | 'gradesDebtors' | 'gradesRanking' | 'gradesGpaDiff' | 'gradesImport';

const ENTRY: NavItem = {
  page: 'gradesEntry',
  path: 'grades',
  labelKey: 'nav.gradesEntry',
  icon: EditNoteOutlined,
  channel: 'grades.record',
};
const DEBTORS: NavItem = {
  page: 'gradesDebtors',
  path: 'debtors',
  labelKey: 'nav.debtors',
  icon: ReportProblemOutlined,
  channel: 'grades.debtors',
};
const RANKING: NavItem = {
  page: 'gradesRanking',
  path: 'ranking',
  labelKey: 'nav.ranking',
  icon: LeaderboardOutlined,
  channel: 'grades.ranking',
};
const GPA_DIFF: NavItem = {
  page: 'gradesGpaDiff',
  path: 'gpa-diff',
  labelKey: 'nav.gpaDiff',
  icon: CompareArrowsOutlined,
  channel: 'grades.gpaDiff',
};
/** Excel import and the HEMIS pull: both start jobs only grade editors may run. */
const IMPORT: NavItem = {
  page: 'gradesImport',
  path: 'grades-import',
  labelKey: 'nav.gradesImport',
  icon: DriveFolderUploadOutlined,
  channel: 'grades.import',
};

export const gradesNav: { backOffice: readonly NavItem[]; head: readonly NavItem[]; frontDesk: readonly NavItem[] } = {
  backOffice: [ENTRY, DEBTORS, RANKING, GPA_DIFF, IMPORT],
  head: [ENTRY, DEBTORS, RANKING, GPA_DIFF, IMPORT],
  // The counter answers "does this student owe anything?" from the card; lists are back-office work.
  frontDesk: [],
};

export const gradesPages: Record<GradesPageId, ComponentType<{ shell: ShellDef }>> = {
  gradesEntry: GradeEntryPage,
  gradesDebtors: DebtorsPage,
  gradesRanking: RankingPage,
  gradesGpaDiff: GpaDiffPage,
  gradesImport: GradesImportPage,
};
