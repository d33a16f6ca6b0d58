import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { RegisterPage } from './RegisterPage';
import { VerifyPage } from './VerifyPage';

/** The document screens: issuing happens on the student card; these are the register and verification. */
export type DocumentsPageId = 'documentsRegister' | 'documentsVerify';

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

export const documentsNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [REGISTER, VERIFY],
  backOffice: [REGISTER, VERIFY],
  archive: [REGISTER, VERIFY],
  head: [REGISTER, VERIFY],
};

export const documentsPages: Record<DocumentsPageId, ComponentType<{ shell: ShellDef }>> = {
  documentsRegister: RegisterPage,
  documentsVerify: VerifyPage,
};
