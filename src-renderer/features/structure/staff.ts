import type { Department, Employee } from '../../../src-shared/contract/structure';

/** `Toʻxtayev Gʻayrat Shavkat oʻgʻli`: surname first, as lists and documents write it. */
export function employeeName(e: Pick<Employee, 'lastName' | 'firstName' | 'patronymic'>): string {
  return [e.lastName, e.firstName, e.patronymic].filter((x) => x.trim() !== '').join(' ');
}

/** The department and every one below it (a faculty's chairs and their offices): a faculty filter shows them all. */
export function departmentAndBelow(departments: readonly Department[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const d of departments) {
    if (d.parentId === null) continue;
    children.set(d.parentId, [...(children.get(d.parentId) ?? []), d.id]);
  }
  const found = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of children.get(next) ?? []) {
      if (found.has(child)) continue; // a cycle in old data must not hang the page
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}

/** Employees of a department (and those below it); all of them when none is chosen. */
export function filterByDepartment<E extends Pick<Employee, 'departmentId'>>(
  employees: readonly E[],
  departments: readonly Department[],
  departmentId: string,
): E[] {
  if (!departmentId) return [...employees];
  const ids = departmentAndBelow(departments, departmentId);
  return employees.filter((e) => e.departmentId !== null && ids.has(e.departmentId));
}

/** Newest academic year first (the list grows by one a year; the current one is marked, not moved). */
export function sortYears<Y extends { code: string }>(years: readonly Y[]): Y[] {
  return [...years].sort((a, b) => b.code.localeCompare(a.code));
}
