import AccountBalanceWalletOutlined from '@mui/icons-material/AccountBalanceWalletOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { ContractDetailPage } from './ContractDetailPage';
import { ContractsListPage } from './ContractsListPage';
import { DebtorsPage } from './DebtorsPage';
import { DrawContractPage } from './DrawContractPage';
import { PaymentsImportPage } from './PaymentsImportPage';

/** The contracts screens (issue 7): payment and re-study contracts, payment schedules, bank statement imports, balances. */
export type ContractsPageId = 'contracts' | 'contractNew' | 'contractDetail' | 'contractDebtors' | 'paymentsImport';

/** Static `contracts/new` outranks `contracts/:id` in the router, so drawing up and the detail share the prefix. */
const CONTRACTS: NavItem = {
  page: 'contracts',
  path: 'contracts',
  labelKey: 'nav.contracts',
  icon: DescriptionOutlined,
  channel: 'contracts.list',
  children: [{ page: 'contractDetail', path: 'contracts/:id', channel: 'contracts.get' }],
};
/** Drawing up is a menu item of its own: the counter's most frequent contract task. */
const DRAW: NavItem = {
  page: 'contractNew',
  path: 'contracts/new',
  labelKey: 'nav.contractNew',
  icon: PostAddOutlined,
  channel: 'contracts.draw',
};
const DEBTORS: NavItem = {
  page: 'contractDebtors',
  path: 'contract-debtors',
  labelKey: 'nav.contractDebtors',
  icon: ReportProblemOutlined,
  channel: 'contracts.debtors',
};
/** Bank statements are the finance side's: the back office and the head. */
const IMPORT: NavItem = {
  page: 'paymentsImport',
  path: 'payments-import',
  labelKey: 'nav.paymentsImport',
  icon: AccountBalanceWalletOutlined,
  channel: 'contracts.importPayments',
};

/** Items per workspace; a screen is listed only once it exists. */
export const contractsNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [CONTRACTS, DRAW, DEBTORS],
  backOffice: [CONTRACTS, DRAW, DEBTORS, IMPORT],
  archive: [],
  head: [CONTRACTS, DRAW, DEBTORS, IMPORT],
};

export const contractsPages: Record<ContractsPageId, ComponentType<{ shell: ShellDef }>> = {
  contracts: ContractsListPage,
  contractNew: DrawContractPage,
  contractDetail: ContractDetailPage,
  contractDebtors: DebtorsPage,
  paymentsImport: PaymentsImportPage,
};
