import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { LanguageMenu } from '../../app/LanguageMenu';

/** The frame of the signed-out screens: a centred card and the language switch. */
export function AuthLayout({
  title,
  subtitle,
  institution,
  width = 420,
  children,
}: {
  title: string;
  subtitle?: string;
  institution?: string;
  width?: number;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(180deg, #1b4f8a 0, #1b4f8a 240px, #f3f5f8 240px)',
      }}
    >
      <Stack direction="row" alignItems="center" sx={{ px: 3, py: 1.5, color: 'white' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="div">
            {t('app.title')}
          </Typography>
          <Typography variant="body2" sx={{ opacity: 0.85 }}>
            {institution || t('app.office')}
          </Typography>
        </Box>
        <LanguageMenu />
      </Stack>
      <Box sx={{ flexGrow: 1, display: 'flex', justifyContent: 'center', alignItems: 'flex-start', px: 2, pt: 4 }}>
        <Card sx={{ width: '100%', maxWidth: width, boxShadow: '0 8px 24px rgba(20, 40, 80, 0.12)' }}>
          <CardContent sx={{ p: 4, '&:last-child': { pb: 4 } }}>
            <Typography variant="h5" component="h1" gutterBottom>
              {title}
            </Typography>
            {subtitle && (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
                {subtitle}
              </Typography>
            )}
            {children}
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
