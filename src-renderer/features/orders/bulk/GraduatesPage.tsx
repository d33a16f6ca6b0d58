import type { ShellDef } from '../../../shells/shells';

/** Placeholder while the screen is being built (issue 6). */
export function GraduatesPage(_props: { shell: ShellDef }) {
  return null;
}
