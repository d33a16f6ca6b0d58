import { useEffect, useState } from 'react';
import type { OrderLineInput } from '../../../../src-shared/contract/orders';
import type { OrderType, Problem } from '../../../../src-shared/domain/orders';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { call } from '../../../api/client';

type ProblemList = readonly Problem[];

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MISSING: ProblemList = [{ key: 'orders.problem.date' }];

/**
 * The composer's live check (`orders.check`) a moment after the last change. A line without a valid date
 * cannot be sent at all: it gets the date problem here and the others are checked. While a new check
 * runs the previous answer stays on screen (no flicker); students added since show as unchecked.
 */
export function useOrderCheck(type: OrderType, lines: readonly OrderLineInput[], orderId: string | null) {
  const sendable = lines.filter((l) => ISO.test(l.effectiveDate));
  const key = sendable.length > 0 ? JSON.stringify({ type, lines: sendable, ...(orderId ? { orderId } : {}) }) : '';
  const [settled, setSettled] = useState('');
  const [answer, setAnswer] = useState<{ key: string; problems: Map<string, ProblemList> } | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), 300);
    return () => clearTimeout(timer);
  }, [key]);

  useEffect(() => {
    if (!settled) return;
    let live = true;
    void call('orders.check', JSON.parse(settled) as Parameters<typeof call<'orders.check'>>[1]).then((res) => {
      if (!live) return;
      setError(res.ok ? null : res.error);
      if (res.ok) setAnswer({ key: settled, problems: new Map(res.data.lines.map((l) => [l.studentId, l.problems])) });
    });
    return () => {
      live = false;
    };
  }, [settled]);

  const problems = new Map<string, ProblemList>();
  for (const l of lines) {
    if (!ISO.test(l.effectiveDate)) problems.set(l.studentId, DATE_MISSING);
    else {
      const found = answer?.problems.get(l.studentId);
      if (found) problems.set(l.studentId, found);
    }
  }
  return { problems, checking: key !== '' && answer?.key !== key, error };
}
