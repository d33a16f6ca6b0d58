import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled card that groups the fields of a long form. */
export function SectionCard({
  title,
  hint,
  fill,
  children,
}: {
  title: string;
  hint?: string;
  /** Stretch to the height of the grid row. */
  fill?: boolean;
  children: ReactNode;
}) {
  return (
    <Card sx={fill ? { height: '100%' } : undefined}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {hint && (
          <Typography variant="body2" color="text.secondary">
            {hint}
          </Typography>
        )}
        <Box sx={{ mt: 2 }}>{children}</Box>
      </CardContent>
    </Card>
  );
}
