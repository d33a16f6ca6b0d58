import type { ShellDef } from '../../shells/shells';

export function OrderPage(_props: { shell: ShellDef }) {
  return null;
}
