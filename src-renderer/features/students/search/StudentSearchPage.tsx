import { Box, LinearProgress, List, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { formatNumber } from '../../../../src-shared/domain/format';
import { call } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useUser } from '../../../app/session';
import { pagePath, type ShellDef } from '../../../shells/shells';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryHint } from './QueryHint';
import { resultKeyAction } from './result-keys';
import { ResultRow } from './ResultRow';
import { SearchBox } from './SearchBox';
import { FOCUS_SEARCH_EVENT } from './search-shortcut';
import { SearchHelp } from './SearchHelp';
import { SEARCH_LIMIT, useStudentSearch } from './use-student-search';

const LISTBOX_ID = 'student-results';

/**
 * The counter's first screen: one box, results as you type, keyboard first (arrows, Enter, Esc).
 * The query lives in the URL (`?q=`), so Back from a card returns to the same results.
 */
export function StudentSearchPage({ shell }: { shell: ShellDef }) {
  const t = useT();
  const { user } = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const search = useStudentSearch(text);
  const [selection, setSelection] = useState({ answered: '', index: 0 });
  const active = selection.answered === search.answered ? Math.min(selection.index, search.items.length - 1) : 0;
  const select = (index: number) => setSelection({ answered: search.answered, index });

  useEffect(() => {
    const focus = () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    focus();
    window.addEventListener(FOCUS_SEARCH_EVENT, focus);
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, focus);
  }, []);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, search.answered]);

  function change(value: string) {
    setText(value);
    setParams(value.trim() ? { q: value } : {}, { replace: true });
  }

  function open(id: string) {
    const path = pagePath(shell, user.role, 'studentCard', id);
    if (path) void navigate(path, { state: { fromSearch: true } });
  }

  /** Enter before the answer to the current text arrived: ask now, never open a stale result. */
  async function openFresh(query: string) {
    const envelope = await call('students.search', { query, limit: 1 });
    const first = envelope.ok ? envelope.data.items[0] : undefined;
    if (first && inputRef.current?.value.trim() === query) open(first.id);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const action = resultKeyAction(e.key, active, search.items.length, {
      ctrl: e.ctrlKey,
      alt: e.altKey,
      meta: e.metaKey,
      shift: e.shiftKey,
    });
    if (!action) return;
    e.preventDefault();
    if (action.type === 'move') select(action.index);
    else if (action.type === 'clear') change('');
    else if (search.pending) void openFresh(text.trim());
    else {
      const item = search.items[action.index];
      if (item) open(item.id);
    }
  }

  const hasQuery = text.trim() !== '';
  const shown = hasQuery ? search.items : [];
  return (
    <>
      <PageHeader title={t('studentSearch.title')} />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Box sx={{ p: 2, pb: 1.5 }}>
          <SearchBox
            inputRef={inputRef}
            value={text}
            onChange={change}
            onKeyDown={onKeyDown}
            listboxId={LISTBOX_ID}
            activeId={shown.length > 0 ? `${LISTBOX_ID}-${active}` : undefined}
          />
          <Stack direction="row" alignItems="baseline" spacing={2} sx={{ mt: 1, minHeight: 22 }}>
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>{hasQuery && <QueryHint query={text} />}</Box>
            {hasQuery && search.tookMs !== null && !search.error && (
              <Typography variant="caption" color="text.disabled" data-testid="search-stats">
                {t('studentSearch.stats', {
                  // A full page means there may be more: the person narrows the query instead of scrolling.
                  count: search.items.length >= SEARCH_LIMIT ? `${SEARCH_LIMIT}+` : search.items.length,
                  ms: formatNumber(search.tookMs, search.tookMs < 10 ? 1 : 0),
                })}
              </Typography>
            )}
          </Stack>
        </Box>
        <LinearProgress sx={{ height: 2, visibility: hasQuery && search.pending ? 'visible' : 'hidden' }} />
        <ErrorAlert error={hasQuery ? search.error : null} sx={{ m: 2 }} />
        {!hasQuery && <SearchHelp />}
        {hasQuery && !search.pending && !search.error && shown.length === 0 && (
          <Box sx={{ p: 3 }} data-testid="search-empty">
            <Typography fontWeight={600}>{t('studentSearch.nothing', { query: text.trim() })}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t('studentSearch.nothingHint')}
            </Typography>
          </Box>
        )}
        {shown.length > 0 && (
          <List
            ref={listRef}
            id={LISTBOX_ID}
            role="listbox"
            aria-label={t('studentSearch.results')}
            disablePadding
            aria-busy={search.pending}
            data-testid="search-results"
            sx={{ opacity: search.pending ? 0.6 : 1, transition: 'opacity 120ms' }}
          >
            {shown.map((item, index) => (
              <ResultRow
                key={item.id}
                id={`${LISTBOX_ID}-${index}`}
                item={item}
                active={index === active}
                onOpen={() => open(item.id)}
                onHover={() => select(index)}
              />
            ))}
          </List>
        )}
      </Paper>
      {shown.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1, textAlign: 'right' }}>
          {t('studentSearch.keysHint', { enter: 'Enter', esc: 'Esc' })}
        </Typography>
      )}
    </>
  );
}
