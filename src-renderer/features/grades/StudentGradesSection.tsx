import type { Student } from '../../../src-shared/contract/students';

/**
 * The student card's grades section (issue 4). It renders nothing until the grades feature has data to
 * show: the card never shows empty placeholder sections.
 */
export function StudentGradesSection(_props: { student: Student }) {
  return null;
}
