import { Box, Stack, Typography } from '@mui/material';
import { useT } from '../../../app/i18n';

const EXAMPLES = [
  { key: 'name', example: 'Joʻrayev Bobur · Жўраев · jo‘rayev' },
  { key: 'prefix', example: 'Yoʻld Gul' },
  { key: 'phonetic', example: 'Djuraev · Khasanov · Kadirov' },
  { key: 'pinfl', example: '51204050260171' },
  { key: 'passport', example: 'AB 1234567' },
  { key: 'phone', example: '90 123 45 67' },
  { key: 'studentId', example: '364241101234' },
  { key: 'group', example: 'KI-23-01' },
] as const;

/** The empty search: what can be typed into the one box, with examples. */
export function SearchHelp() {
  const t = useT();
  return (
    <Box sx={{ p: 3 }} data-testid="search-help">
      <Typography fontWeight={600} sx={{ mb: 1.5 }}>
        {t('studentSearch.help.title')}
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}
      >
        {EXAMPLES.map(({ key, example }) => (
          <Stack key={key} direction="row" sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t(`studentSearch.help.${key}`)}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, fontFamily: 'monospace', fontSize: 13.5 }}>
              {example}
            </Typography>
          </Stack>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {t('studentSearch.help.keys', { shortcut: 'Ctrl+K' })}
      </Typography>
    </Box>
  );
}
