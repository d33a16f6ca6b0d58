import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { RegisterPage } from './RegisterPage';
import { TemplatesPage } from './templates/TemplatesPage';
import { VerifyPage } from './VerifyPage';

/**
 * The document screens: issuing happens on the student card; these are the register and verification, and
 * for managers the office's own DOCX templates.
 */
export type DocumentsPageId = 'documentsRegister' | 'documentsVerify' | 'documentsTemplates';

const REGISTER: NavItem = {
  page: 'documentsRegister',
  path: 'documents',
  labelKey: 'nav.documentsRegister',
  icon: ReceiptLongOutlined,
  channel: 'documents.list',
};
const VERIFY: NavItem = {
  page: 'documentsVerify',
  path: 'verify',
  labelKey: 'nav.documentsVerify',
  icon: VerifiedOutlined,
  channel: 'documents.verify',
};

const TEMPLATES: NavItem = {
  page: 'documentsTemplates',
  path: 'document-templates',
  labelKey: 'nav.documentTemplates',
  icon: DescriptionOutlined,
  channel: 'templates.list',
};

export const documentsNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [REGISTER, VERIFY],
  backOffice: [REGISTER, VERIFY],
  archive: [REGISTER, VERIFY],
  head: [REGISTER, VERIFY, TEMPLATES],
};

export const documentsPages: Record<DocumentsPageId, ComponentType<{ shell: ShellDef }>> = {
  documentsRegister: RegisterPage,
  documentsVerify: VerifyPage,
  documentsTemplates: TemplatesPage,
};
