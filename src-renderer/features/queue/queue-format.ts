import { useEffect } from 'react';
import type { Locale } from '../../../src-shared/contract/common';
import type { QueueNames } from '../../../src-shared/contract/queue';

/** A service's name in the UI language; a translation the office left empty falls back to Uzbek Latin. */
export function serviceName(names: QueueNames, locale: Locale): string {
  return names[locale] || names['uz-Latn'];
}

/**
 * Re-reads every `ms` while the page is open. The queue moves at other windows and at the ticket printer;
 * the hall has nobody signed in to receive pushed events, so every queue screen simply polls.
 */
export function usePolling(reload: () => void, ms: number): void {
  useEffect(() => {
    const timer = setInterval(reload, ms);
    return () => clearInterval(timer);
  }, [reload, ms]);
}

/** The hall display's address; it lives outside the workspaces, so it needs no sign-in. */
export const HALL_HREF = '#/hall';
