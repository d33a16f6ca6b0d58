import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export interface FactRow {
  /** Stable name for tests and the history (`data-fact`). */
  name: string;
  label: string;
  value: ReactNode;
}

/** Label–value pairs of a card section; an empty value shows a quiet dash. */
export function Facts({ rows }: { rows: FactRow[] }) {
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', columnGap: 2, rowGap: 1, m: 0 }}
    >
      {rows.map((row) => {
        const empty = row.value === null || row.value === undefined || row.value === '';
        return (
          <Box key={row.name} sx={{ display: 'contents' }} data-fact={row.name}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {row.label}
            </Typography>
            <Typography
              component="dd"
              variant="body2"
              sx={{ m: 0, fontWeight: empty ? 400 : 500, color: empty ? 'text.disabled' : undefined, minWidth: 0 }}
              data-testid={`fact-${row.name}`}
            >
              {empty ? '—' : row.value}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
