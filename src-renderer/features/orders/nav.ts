import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import UpgradeOutlined from '@mui/icons-material/UpgradeOutlined';
import type { ComponentType } from 'react';
import type { NavItem, ShellDef } from '../../shells/shells';
import { ClausesPage } from './bulk/ClausesPage';
import { GraduatesPage } from './bulk/GraduatesPage';
import { MovementStatsPage } from './bulk/MovementStatsPage';
import { PromotionPage } from './bulk/PromotionPage';
import { OrderPage } from './OrderPage';
import { OrdersListPage } from './OrdersListPage';

/** The order screens (issue 6): the register of orders, the composer and detail, and the bulk movements. */
export type OrdersPageId =
  'orders' | 'orderNew' | 'orderDetail' | 'ordersPromotion' | 'ordersGraduates' | 'ordersStatistics' | 'ordersClauses';

/** Static `orders/new` outranks `orders/:id` in the router, so the composer and the detail share the prefix. */
const ORDERS: NavItem = {
  page: 'orders',
  path: 'orders',
  labelKey: 'nav.orders',
  icon: AssignmentOutlined,
  channel: 'orders.list',
  children: [
    { page: 'orderNew', path: 'orders/new', channel: 'orders.saveDraft' },
    { page: 'orderDetail', path: 'orders/:id', channel: 'orders.get' },
  ],
};
const PROMOTION: NavItem = {
  page: 'ordersPromotion',
  path: 'promotion',
  labelKey: 'nav.ordersPromotion',
  icon: UpgradeOutlined,
  channel: 'orders.promotionPlan',
};
const GRADUATES: NavItem = {
  page: 'ordersGraduates',
  path: 'graduates',
  labelKey: 'nav.ordersGraduates',
  icon: SchoolOutlined,
  channel: 'orders.graduates',
};
const STATISTICS: NavItem = {
  page: 'ordersStatistics',
  path: 'movement-stats',
  labelKey: 'nav.ordersStatistics',
  icon: BarChartOutlined,
  channel: 'orders.statistics',
};
/** The clause library is the office's wording: only those who write orders keep it. */
const CLAUSES: NavItem = {
  page: 'ordersClauses',
  path: 'order-clauses',
  labelKey: 'nav.ordersClauses',
  icon: GavelOutlined,
  channel: 'orders.saveClauses',
};

/**
 * The back office and the head draft, approve and apply orders; the archive keeps them and the graduate list.
 * The counter reaches a student's movements on the card, so the front desk has no order screens.
 */
export const ordersNav: {
  frontDesk: readonly NavItem[];
  backOffice: readonly NavItem[];
  archive: readonly NavItem[];
  head: readonly NavItem[];
} = {
  frontDesk: [],
  backOffice: [ORDERS, PROMOTION, GRADUATES, STATISTICS, CLAUSES],
  archive: [ORDERS, GRADUATES],
  head: [ORDERS, PROMOTION, GRADUATES, STATISTICS, CLAUSES],
};

export const ordersPages: Record<OrdersPageId, ComponentType<{ shell: ShellDef }>> = {
  orders: OrdersListPage,
  orderNew: OrderPage,
  orderDetail: OrderPage,
  ordersPromotion: PromotionPage,
  ordersGraduates: GraduatesPage,
  ordersStatistics: MovementStatsPage,
  ordersClauses: ClausesPage,
};
