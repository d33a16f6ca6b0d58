import VolumeOffOutlined from '@mui/icons-material/VolumeOffOutlined';
import VolumeUpOutlined from '@mui/icons-material/VolumeUpOutlined';
import { Box, IconButton, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { HallBoard } from '../../../src-shared/contract/queue';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { chimeKey, useHallChime } from './hall-chime';
import { serviceName, usePolling } from './queue-format';

const BOARD_REFRESH_MS = 3000;

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  return <Typography sx={{ fontSize: 40, fontWeight: 600 }}>{tashkentMoment(now).time}</Typography>;
}

type Called = HallBoard['called'][number];

/**
 * The ticket a window called again since the last read (its recall count grew), until a new ticket is called:
 * the hall shows it on top again, as the operator's "Recall" means.
 */
export function useRecalled(called: readonly Called[]): string | null {
  const seen = useRef<{ newest: string | null; recalls: Map<string, number> }>({ newest: null, recalls: new Map() });
  const [recalled, setRecalled] = useState<string | null>(null);
  useEffect(() => {
    const before = seen.current;
    const newest = called[0]?.label ?? null;
    const again = called.find(
      (c) => c.status === 'called' && before.recalls.has(c.label) && c.recalls > (before.recalls.get(c.label) ?? 0),
    );
    if (again) setRecalled(again.label);
    else if (newest !== before.newest) setRecalled(null);
    seen.current = { newest, recalls: new Map(called.map((c) => [c.label, c.recalls])) };
  }, [called]);
  return recalled !== null && called.some((c) => c.label === recalled && c.status === 'called') ? recalled : null;
}

/**
 * The hall display (a TV in the waiting hall): the last called tickets and their windows, the newest one
 * large and highlighted, and how many wait per service. It reads the public board channel (labels and
 * counts only), so the hall PC needs nobody signed in; it re-reads every few seconds.
 */
export function HallDisplayPage() {
  const { t, locale } = useI18n();
  const board = useQuery('queue.board', {});
  usePolling(board.reload, BOARD_REFRESH_MS);
  const called = useMemo(() => board.data?.called ?? [], [board.data]);
  const recalled = useRecalled(called);
  const [newest, ...earlier] = recalled
    ? [...called.filter((c) => c.label === recalled), ...called.filter((c) => c.label !== recalled)]
    : called;
  const sound = useHallChime(chimeKey(newest));

  return (
    <Box
      data-testid="hall-display"
      sx={{ minHeight: '100vh', bgcolor: '#0d1b2a', color: '#fff', p: { xs: 2, md: 4 }, boxSizing: 'border-box' }}
    >
      <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 3 }}>
        <Typography component="h1" sx={{ fontSize: 40, fontWeight: 700 }}>
          {t('queue.hall.title')}
        </Typography>
        <Stack direction="row" alignItems="center" spacing={2}>
          <IconButton
            onClick={sound.toggle}
            aria-label={t(sound.on ? 'queue.hall.soundOff' : 'queue.hall.soundOn')}
            aria-pressed={sound.on}
            data-testid="hall-sound"
            sx={{ color: 'rgba(255,255,255,0.6)' }}
          >
            {sound.on ? <VolumeUpOutlined /> : <VolumeOffOutlined />}
          </IconButton>
          <Clock />
        </Stack>
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 4 }}>
        <Box>
          <Stack direction="row" sx={{ px: 3, mb: 1, opacity: 0.7, fontSize: 28 }}>
            <Box sx={{ flex: 1 }}>{t('queue.hall.ticket')}</Box>
            <Box sx={{ flex: 1, textAlign: 'right' }}>{t('queue.hall.window')}</Box>
          </Stack>
          {newest ? (
            <Stack
              direction="row"
              data-testid="hall-newest"
              aria-live="polite"
              sx={{ bgcolor: '#f4a261', color: '#0d1b2a', borderRadius: 2, px: 3, py: 2, mb: 2, fontWeight: 800 }}
            >
              <Box sx={{ flex: 1, fontSize: 96, lineHeight: 1.1 }}>{newest.label}</Box>
              <Box sx={{ flex: 1, fontSize: 96, lineHeight: 1.1, textAlign: 'right' }}>→ {newest.windowLabel}</Box>
            </Stack>
          ) : (
            <Typography sx={{ fontSize: 36, opacity: 0.7, px: 3 }}>{t('queue.hall.empty')}</Typography>
          )}
          {earlier.map((c) => (
            <Stack
              key={`${c.label}:${c.calledAt}`}
              direction="row"
              data-testid="hall-called"
              sx={{ px: 3, py: 1, borderBottom: '1px solid rgba(255,255,255,0.15)', fontSize: 56, fontWeight: 600 }}
            >
              <Box sx={{ flex: 1 }}>{c.label}</Box>
              <Box sx={{ flex: 1, textAlign: 'right' }}>{c.windowLabel}</Box>
            </Stack>
          ))}
        </Box>
        <Box>
          <Typography sx={{ fontSize: 28, opacity: 0.7, mb: 1 }}>{t('queue.hall.waiting')}</Typography>
          {(board.data?.services ?? []).map((s) => (
            <Stack
              key={s.id}
              direction="row"
              alignItems="center"
              data-testid="hall-waiting"
              sx={{ py: 1.5, borderBottom: '1px solid rgba(255,255,255,0.15)' }}
            >
              <Box sx={{ fontSize: 48, fontWeight: 800, width: 72 }}>{s.prefix}</Box>
              <Box sx={{ flex: 1, fontSize: 28 }}>{serviceName(s.names, locale)}</Box>
              <Box sx={{ fontSize: 48, fontWeight: 700 }}>{s.waiting}</Box>
            </Stack>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
