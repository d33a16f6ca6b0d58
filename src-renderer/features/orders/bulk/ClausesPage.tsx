import type { ShellDef } from '../../../shells/shells';

/** Placeholder while the screen is being built (issue 6). */
export function ClausesPage(_props: { shell: ShellDef }) {
  return null;
}
