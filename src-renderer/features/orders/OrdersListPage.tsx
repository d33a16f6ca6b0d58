import type { ShellDef } from '../../shells/shells';

export function OrdersListPage(_props: { shell: ShellDef }) {
  return null;
}
