import type { Student } from '../../../src-shared/contract/students';
import type { ShellDef } from '../../shells/shells';

/** On the student card: the student's requests and a button to take a new one (issue 7). */
export function StudentRequestsSection(_props: { student: Student; shell: ShellDef }) {
  return null;
}
