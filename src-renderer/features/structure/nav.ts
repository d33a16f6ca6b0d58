import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { CurriculaPage } from './CurriculaPage';
import { CurriculumEditorPage } from './CurriculumEditorPage';
import { GroupsPage } from './GroupsPage';
import { StructurePage } from './StructurePage';

/** The structure screens: their page ids, menu items per workspace, and components. */
export type StructurePageId = 'structure' | 'curricula' | 'curriculumEdit' | 'studyGroups';

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

/** Back office keeps the structure; heads see and correct it. Read-only roles get the same screens without the edit buttons. */
export const structureNav: { backOffice: readonly NavItem[]; head: readonly NavItem[]; frontDesk: readonly NavItem[] } =
  {
    backOffice: [STRUCTURE, CURRICULA, GROUPS],
    head: [STRUCTURE, CURRICULA, GROUPS],
    frontDesk: [],
  };

export const structurePages: Record<StructurePageId, ComponentType<{ shell: ShellDef }>> = {
  structure: StructurePage,
  curricula: CurriculaPage,
  curriculumEdit: CurriculumEditorPage,
  studyGroups: GroupsPage,
};
