import { Grid, Paper, Typography } from '@mui/material';
import { formatNumber } from '../../../src-shared/domain/format';

export interface CountTile {
  id: string;
  label: string;
  value: number;
  /** Theme colour of a non-zero value (zero is always greyed). */
  color: string;
}

/** A row of counts (rows read, new, replaced, rejected …): the number large, its meaning above it. */
export function CountTiles({ tiles, testId }: { tiles: readonly CountTile[]; testId: string }) {
  return (
    <Grid container spacing={1.5} data-testid={testId}>
      {tiles.map((tile) => (
        <Grid key={tile.id} size={{ xs: 6, sm: 4, md: 'grow' }}>
          <Paper variant="outlined" sx={{ px: 2, py: 1.25 }} data-testid={`count-${tile.id}`}>
            <Typography variant="body2" color="text.secondary" noWrap>
              {tile.label}
            </Typography>
            <Typography
              variant="h5"
              component="p"
              data-testid="count-value"
              sx={{ color: tile.value > 0 ? tile.color : 'text.disabled', fontVariantNumeric: 'tabular-nums' }}
            >
              {formatNumber(tile.value)}
            </Typography>
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}
