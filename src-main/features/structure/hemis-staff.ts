import { cleanText } from '../../../src-shared/domain/apostrophes';
import { DEFAULT_MARKING_SYSTEMS, type MarkingSystemCode } from '../../../src-shared/domain/grading';
import { validGpaLimit } from '../../../src-shared/domain/structure-borders';
import type { Writer } from '../../commands/writer';
import { employees, markingSystems } from '../academic/schema';
import type { EmployeeItem, MarkingSystemItem } from '../hemis/items';
import { upsertByKey } from './common';
import { finder, put, type Counts } from './hemis-upsert';

/** The OTM's pass lines from `marking-system-list`; borders stay the OTM's own or HEMIS's defaults. */
export function applyMarkingSystems(w: Writer, items: readonly MarkingSystemItem[], counts: Counts): void {
  for (const m of items) {
    if (!(m.code in DEFAULT_MARKING_SYSTEMS)) {
      counts.rejected++;
      continue;
    }
    const def = DEFAULT_MARKING_SYSTEMS[m.code as MarkingSystemCode];
    const row = w.db
      .select()
      .from(markingSystems)
      .all()
      .find((r) => r.code === m.code);
    const gpaLimit =
      m.gpa_limit !== null && m.gpa_limit !== undefined && validGpaLimit(m.gpa_limit)
        ? m.gpa_limit
        : (row?.gpaLimit ?? def.gpaLimit);
    const values = {
      code: m.code,
      name: cleanText(m.name ?? ''),
      minimumLimit: m.minimum_limit ?? row?.minimumLimit ?? def.minimumLimit,
      gpaLimit,
      borders: row?.borders ?? JSON.stringify(def.borders),
    };
    const same = row && Object.entries(values).every(([k, v]) => row[k as keyof typeof row] === v);
    if (same) counts.unchanged++;
    else {
      upsertByKey(w, markingSystems, markingSystems.code, m.code, { ...values, updatedAt: w.now });
      counts[row ? 'updated' : 'created']++;
    }
  }
}

/** Staff from `employee-list?type=all` (tutors, deans, lecturers). */
export function applyEmployees(
  w: Writer,
  items: readonly EmployeeItem[],
  departments: Map<number, string>,
  counts: Counts,
): void {
  const findEmployee = finder(w.db.select().from(employees).all(), (r) => r.employeeIdNumber ?? `#${r.id}`);
  for (const e of items) {
    const last = cleanText(e.second_name ?? '');
    const first = cleanText(e.first_name ?? '');
    if (!last || !first) {
      counts.rejected++;
      continue;
    }
    const type = (e.employeeType?.name ?? '').toLowerCase();
    // [I] HEMIS names the teaching staff type "Professor-oʻqituvchi"; anything else typed is staff.
    const kind = e.employeeType && !/o.qituvchi|teacher|преподав|ўқитувчи/.test(type) ? 'employee' : 'teacher';
    const existing = findEmployee(e.id, e.employee_id_number ?? `#hemis${e.id}`);
    put(
      w,
      employees,
      existing?.id,
      {
        hemisId: e.id,
        employeeIdNumber: e.employee_id_number ?? existing?.employeeIdNumber ?? null,
        // Names are data: apostrophes normalised, the script and spelling kept as HEMIS has them.
        lastName: last,
        firstName: first,
        patronymic: cleanText(e.third_name ?? ''),
        departmentId:
          e.department?.id != null ? (departments.get(e.department.id) ?? null) : (existing?.departmentId ?? null),
        position: cleanText(e.staffPosition?.name ?? '') || (existing?.position ?? ''),
        kind,
        phone: e.phone ?? existing?.phone ?? null,
        active: e.active ?? true,
      },
      counts,
    );
  }
}
