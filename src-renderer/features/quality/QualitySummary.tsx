import AutoFixHighOutlined from '@mui/icons-material/AutoFixHighOutlined';
import { alpha, Card, CardActionArea, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { FIXABLE_CHECKS, type QualityCheck } from '../../../src-shared/contract/quality';
import { formatNumber } from '../../../src-shared/domain/format';
import { useT } from '../../app/i18n';

interface Props {
  summary: readonly { check: QualityCheck; count: number }[];
  selected: QualityCheck;
  onSelect(check: QualityCheck): void;
}

/** One card per check: its name, how many students it flags, whether it has a one-click fix. */
export function QualitySummary({ summary, selected, onSelect }: Props) {
  const t = useT();
  return (
    <Grid container spacing={2} data-testid="quality-summary">
      {summary.map(({ check, count }) => {
        const active = check === selected;
        return (
          <Grid key={check} size={{ xs: 12, sm: 6, lg: 4 }}>
            <Card
              variant="outlined"
              data-testid="quality-card"
              data-check={check}
              data-count={count}
              sx={{
                height: '100%',
                borderColor: active ? 'primary.main' : undefined,
                borderWidth: active ? 2 : 1,
                bgcolor: active ? (theme) => alpha(theme.palette.primary.main, 0.06) : undefined,
              }}
            >
              <CardActionArea
                onClick={() => onSelect(check)}
                aria-pressed={active}
                sx={{
                  height: '100%',
                  display: 'flex',
                  flexDirection: 'column',
                  alignItems: 'stretch',
                  justifyContent: 'flex-start',
                }}
              >
                <CardContent>
                  <Typography fontWeight={600}>{t(`quality.check.${check}`)}</Typography>
                  <Stack direction="row" alignItems="baseline" spacing={1} sx={{ mt: 1 }}>
                    <Typography
                      variant="h4"
                      component="p"
                      color={count > 0 ? 'warning.dark' : 'success.main'}
                      sx={{ fontVariantNumeric: 'tabular-nums' }}
                      data-testid="quality-count"
                    >
                      {formatNumber(count)}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {count > 0 ? t('qualityPage.students', { count: formatNumber(count) }) : t('qualityPage.none')}
                    </Typography>
                  </Stack>
                  {FIXABLE_CHECKS.includes(check) && (
                    <Chip
                      size="small"
                      variant="outlined"
                      icon={<AutoFixHighOutlined />}
                      label={t('qualityPage.fixable')}
                      sx={{ mt: 1 }}
                    />
                  )}
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        );
      })}
    </Grid>
  );
}
