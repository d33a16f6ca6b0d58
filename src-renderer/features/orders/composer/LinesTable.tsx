import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import {
  Box,
  Button,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import type { OrderLineView } from '../../../../src-shared/contract/orders';
import type { OrderType } from '../../../../src-shared/domain/orders';
import { useI18n } from '../../../app/i18n';
import { StatusChip } from '../../students/StatusChip';
import { problemText, type ProblemLike } from '../order-format';
import type { ComposerLine } from './composer-state';
import { LineFields, type Group } from './LineFields';

/**
 * The students of the order, one row each: who they are now, the fields the type asks for, and the live
 * check — the problems that would stop approval, or a head's override of them.
 */
export function LinesTable({
  type,
  lines,
  groups,
  problems,
  overrides,
  onChange,
  onRemove,
  onOverride,
}: {
  type: OrderType;
  lines: readonly ComposerLine[];
  groups: readonly Group[];
  /** Per student, from `orders.check`; undefined while the check runs. */
  problems: ReadonlyMap<string, readonly ProblemLike[]> | undefined;
  overrides: ReadonlyMap<string, NonNullable<OrderLineView['override']>>;
  onChange(index: number, patch: Partial<ComposerLine>): void;
  onRemove(index: number): void;
  /** Offered to heads on a saved draft for a student with problems. */
  onOverride?(studentId: string): void;
}) {
  const { t, tKey, tOr } = useI18n();
  return (
    <Table size="small" data-testid="order-lines">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '26%' }}>{t('orders.col.student')}</TableCell>
          <TableCell>{t('orders.col.fields')}</TableCell>
          <TableCell sx={{ width: '26%' }}>{t('orders.col.check')}</TableCell>
          <TableCell padding="checkbox" />
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((l, i) => {
          const found = problems?.get(l.studentId);
          const override = overrides.get(l.studentId);
          const blocked = (found?.length ?? 0) > 0 && !override;
          return (
            <TableRow
              key={l.studentId}
              data-testid="order-line"
              data-student-id={l.studentId}
              data-blocked={blocked || undefined}
              sx={{ verticalAlign: 'top' }}
            >
              <TableCell>
                <Typography fontWeight={600}>{l.fullName}</Typography>
                <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 0.5 }} flexWrap="wrap" useFlexGap>
                  <StatusChip status={l.status} />
                  <Typography variant="body2" color="text.secondary">
                    {[l.groupName, l.course ? t('student.courseN', { course: l.course }) : '', l.studentIdNumber]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </Stack>
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ pt: 0.5 }}>
                  <LineFields
                    type={type}
                    value={l}
                    groups={groups}
                    onChange={(patch) => onChange(i, patch)}
                    testPrefix={`line-${i}`}
                  />
                </Stack>
              </TableCell>
              <TableCell data-testid="line-check">
                {found === undefined ? (
                  <Typography variant="body2" color="text.secondary">
                    …
                  </Typography>
                ) : found.length === 0 ? (
                  <Stack direction="row" spacing={0.5} alignItems="center" color="success.main">
                    <CheckCircleOutline fontSize="small" />
                    <Typography variant="body2">{t('orders.check.ok')}</Typography>
                  </Stack>
                ) : (
                  <Box>
                    {found.map((p) => (
                      <Stack
                        key={p.key}
                        direction="row"
                        spacing={0.5}
                        alignItems="flex-start"
                        color={override ? 'text.secondary' : 'warning.dark'}
                        data-testid="line-problem"
                        data-key={p.key}
                      >
                        <ErrorOutline fontSize="small" sx={{ mt: '2px' }} />
                        <Typography variant="body2" sx={override ? { textDecoration: 'line-through' } : undefined}>
                          {problemText(tKey, tOr, p)}
                        </Typography>
                      </Stack>
                    ))}
                    {override ? (
                      <Typography variant="body2" color="info.main" sx={{ mt: 0.5 }} data-testid="line-override">
                        {t('orders.override.shown', { by: override.by, reason: override.reason })}
                      </Typography>
                    ) : (
                      onOverride && (
                        <Button
                          size="small"
                          color="warning"
                          onClick={() => onOverride(l.studentId)}
                          data-testid="line-override-button"
                          sx={{ mt: 0.5 }}
                        >
                          {t('orders.override.action')}
                        </Button>
                      )
                    )}
                  </Box>
                )}
              </TableCell>
              <TableCell padding="checkbox">
                <Tooltip title={t('orders.compose.remove')}>
                  <IconButton
                    size="small"
                    onClick={() => onRemove(i)}
                    aria-label={t('orders.compose.remove')}
                    data-testid="line-remove"
                  >
                    <DeleteOutline fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
