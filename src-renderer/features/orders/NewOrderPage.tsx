import { LinearProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { ORDER_TYPES, type OrderType } from '../../../src-shared/domain/orders';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { call } from '../../api/client';
import type { ShellDef } from '../../shells/shells';
import { addStudents, EMPTY_TEXT, type ComposerState, type StudentRef } from './composer/composer-state';
import { OrderComposer } from './composer/OrderComposer';
import { OrderHeader } from './detail/OrderHeader';

/**
 * How another screen hands students to a new order: route state `{ students, type }` (a selection that
 * already knows the names), or the query `?student=<id>[,<id>…]`, `?group=<id>`, `&type=<orderType>`
 * (a link from the card or a group).
 */
export interface OrderArrival {
  students?: StudentRef[];
  type?: OrderType;
}

const isType = (v: string | null): v is OrderType => v !== null && (ORDER_TYPES as readonly string[]).includes(v);

async function studentsOf(ids: readonly string[], groupId: string | null): Promise<StudentRef[]> {
  const found: StudentRef[] = [];
  for (const id of ids) {
    const res = await call('students.get', { id });
    if (!res.ok) continue;
    const s = res.data;
    found.push({
      id: s.id,
      fullName: [s.lastNameLat, s.firstNameLat, s.patronymicLat].filter(Boolean).join(' '),
      studentIdNumber: s.studentIdNumber,
      groupName: s.group?.name ?? null,
      course: s.course,
      status: s.status,
    });
  }
  if (groupId) {
    const res = await call('structure.students', { groupId, limit: 2000 });
    if (res.ok) {
      for (const s of res.data) {
        found.push({
          id: s.id,
          fullName: s.name,
          studentIdNumber: s.studentIdNumber,
          groupName: s.group,
          course: s.course,
          status: s.status,
        });
      }
    }
  }
  return found;
}

/** `orders/new`: an empty composer, or one already holding the students another screen sent. */
export function NewOrderPage({ shell }: { shell: ShellDef }) {
  const location = useLocation();
  const [params] = useSearchParams();
  const arrival = (location.state as OrderArrival | null) ?? {};
  const ids = (params.get('student') ?? '').split(',').filter(Boolean);
  const groupId = params.get('group');
  const queryType = params.get('type');
  const type: OrderType = arrival.type ?? (isType(queryType) ? queryType : 'academicLeave');
  const [initial, setInitial] = useState<ComposerState | null>(() =>
    ids.length === 0 && !groupId ? stateWith(type, arrival.students ?? []) : null,
  );
  const idsKey = ids.join(',');

  useEffect(() => {
    if (initial) return;
    let live = true;
    void studentsOf(idsKey.split(',').filter(Boolean), groupId).then((found) => {
      if (live) setInitial(stateWith(type, [...(arrival.students ?? []), ...found]));
    });
    return () => {
      live = false;
    };
  }, [initial, idsKey, groupId, type, arrival.students]);

  if (!initial) {
    return (
      <>
        <OrderHeader shell={shell} order={null} />
        <LinearProgress />
      </>
    );
  }
  return (
    <OrderComposer
      shell={shell}
      initial={initial}
      saved={null}
      onSaved={() => undefined}
      header={(_dirty, save) => <OrderHeader shell={shell} order={null} actions={save} />}
    />
  );
}

function stateWith(type: OrderType, students: readonly StudentRef[]): ComposerState {
  return {
    id: null,
    type,
    departmentId: null,
    reversesOrderId: null,
    text: EMPTY_TEXT,
    lines: addStudents([], students, tashkentMoment(new Date()).date),
  };
}
