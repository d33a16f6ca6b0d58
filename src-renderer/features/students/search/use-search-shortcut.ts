import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { FOCUS_SEARCH_EVENT, isSearchShortcut } from './search-shortcut';

/**
 * Ctrl+K or `/` from any screen of the workspace: on the search page it focuses the box (the
 * query stays), elsewhere it opens the search page, which focuses its box on arrival.
 */
export function useSearchShortcut(searchPath: string | null): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    if (!searchPath) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      // An open dialog or a form with unsaved changes (`data-unsaved`) must not be torn down.
      if (document.querySelector('.MuiDialog-root, [data-unsaved="true"]')) return;
      e.preventDefault();
      if (pathname === searchPath) window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT));
      else void navigate(searchPath);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pathname, searchPath]);
}
