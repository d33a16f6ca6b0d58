import type { Student } from '../../../src-shared/contract/students';

/**
 * The student card's attendance section (issue 4). It renders nothing until the attendance feature has data to
 * show: the card never shows empty placeholder sections.
 */
export function StudentAttendanceSection(_props: { student: Student }) {
  return null;
}
