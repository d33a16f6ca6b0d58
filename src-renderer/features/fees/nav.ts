import CalculateOutlined from '@mui/icons-material/CalculateOutlined';
import PriceChangeOutlined from '@mui/icons-material/PriceChangeOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { CalculatorPage } from './CalculatorPage';
import { TariffsPage } from './TariffsPage';

/** The fees screens (issue 7): tariff tables by academic year and the contract and re-study calculators. */
export type FeesPageId = 'feesCalculator' | 'feesTariffs';

const CALCULATOR: NavItem = {
  page: 'feesCalculator',
  path: 'fee-calculator',
  labelKey: 'nav.feesCalculator',
  icon: CalculateOutlined,
  channel: 'fees.calculateContract',
};
/** The counter may look the tariffs up; the back office and managers edit and publish them. */
const TARIFFS: NavItem = {
  page: 'feesTariffs',
  path: 'tariffs',
  labelKey: 'nav.feesTariffs',
  icon: PriceChangeOutlined,
  channel: 'fees.tariffs',
};

/** Items per workspace; a screen is listed only once it exists. */
export const feesNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [CALCULATOR, TARIFFS],
  backOffice: [CALCULATOR, TARIFFS],
  archive: [],
  head: [CALCULATOR, TARIFFS],
};

export const feesPages: Record<FeesPageId, ComponentType<{ shell: ShellDef }>> = {
  feesCalculator: CalculatorPage,
  feesTariffs: TariffsPage,
};
