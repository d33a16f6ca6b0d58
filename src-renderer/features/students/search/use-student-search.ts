import { useEffect, useState } from 'react';
import type { StudentListItem } from '../../../../src-shared/contract/students';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { call } from '../../../api/client';

export const SEARCH_DELAY_MS = 120;
export const SEARCH_LIMIT = 20;

export interface StudentSearch {
  /** The trimmed query the shown results answer ('' before the first answer). */
  answered: string;
  items: StudentListItem[];
  tookMs: number | null;
  error: AppErrorShape | null;
  /** The box holds a query whose answer has not arrived yet (the previous results stay meanwhile). */
  pending: boolean;
}

interface Answer {
  query: string;
  items: StudentListItem[];
  tookMs: number | null;
  error: AppErrorShape | null;
}

const NONE: StudentSearch = { answered: '', items: [], tookMs: null, error: null, pending: false };

/**
 * Results as you type: one request per pause in typing (`delay`), and an answer to a query that
 * is no longer in the box is dropped, so a slow early answer never overwrites a later one.
 */
export function useStudentSearch(query: string, delay = SEARCH_DELAY_MS, limit = SEARCH_LIMIT): StudentSearch {
  const q = query.trim();
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (q === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void call('students.search', { query: q, limit }).then((envelope) => {
        if (!live) return;
        setAnswer(
          envelope.ok
            ? { query: q, items: envelope.data.items, tookMs: envelope.data.tookMs, error: null }
            : { query: q, items: [], tookMs: null, error: envelope.error },
        );
      });
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, delay, limit]);

  if (q === '' || answer === null) return { ...NONE, pending: q !== '' };
  return {
    answered: answer.query,
    items: answer.items,
    tookMs: answer.tookMs,
    error: answer.error,
    pending: answer.query !== q,
  };
}
