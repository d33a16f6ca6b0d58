import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { AcademicYearsPage } from './AcademicYearsPage';
import { CurriculaPage } from './CurriculaPage';
import { CurriculumEditorPage } from './CurriculumEditorPage';
import { EmployeesPage } from './EmployeesPage';
import { GroupsPage } from './GroupsPage';
import { StructurePage } from './StructurePage';

/** The structure screens: their page ids, menu items per workspace, and components. */
export type StructurePageId =
  'structure' | 'curricula' | 'curriculumEdit' | 'studyGroups' | 'academicYears' | 'employees';

const STRUCTURE: NavItem = {
  page: 'structure',
  path: 'structure',
  labelKey: 'nav.structure',
  icon: AccountTreeOutlined,
  channel: 'structure.departments',
};
const CURRICULA: NavItem = {
  page: 'curricula',
  path: 'curricula',
  labelKey: 'nav.curricula',
  icon: MenuBookOutlined,
  channel: 'structure.curricula',
  children: [{ page: 'curriculumEdit', path: 'curricula/:id', channel: 'structure.curriculum' }],
};
const GROUPS: NavItem = {
  page: 'studyGroups',
  path: 'groups',
  labelKey: 'nav.studyGroups',
  icon: GroupsOutlined,
  channel: 'structure.groups',
};
const YEARS: NavItem = {
  page: 'academicYears',
  path: 'academic-years',
  labelKey: 'nav.academicYears',
  icon: CalendarMonthOutlined,
  channel: 'structure.educationYears',
};
const EMPLOYEES: NavItem = {
  page: 'employees',
  path: 'employees',
  labelKey: 'nav.employees',
  icon: BadgeOutlined,
  channel: 'structure.employees',
};

/** Back office keeps the structure; heads see and correct it. Read-only roles get the same screens without the edit buttons. */
export const structureNav: { backOffice: readonly NavItem[]; head: readonly NavItem[]; frontDesk: readonly NavItem[] } =
  {
    backOffice: [STRUCTURE, CURRICULA, GROUPS, YEARS, EMPLOYEES],
    head: [STRUCTURE, CURRICULA, GROUPS, YEARS, EMPLOYEES],
    frontDesk: [],
  };

export const structurePages: Record<StructurePageId, ComponentType<{ shell: ShellDef }>> = {
  structure: StructurePage,
  curricula: CurriculaPage,
  curriculumEdit: CurriculumEditorPage,
  studyGroups: GroupsPage,
  academicYears: AcademicYearsPage,
  employees: EmployeesPage,
};
