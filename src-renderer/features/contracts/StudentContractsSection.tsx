import type { Student } from '../../../src-shared/contract/students';
import type { ShellDef } from '../../shells/shells';

/** On the student card: the student's contracts, payments and balance (issue 7). */
export function StudentContractsSection(_props: { student: Student; shell: ShellDef }) {
  return null;
}
