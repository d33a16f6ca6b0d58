import {
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMemo, useState, type ReactNode } from 'react';
import type { BulkPlan, PlanStudent } from '../../../../src-shared/contract/orders';
import { useI18n } from '../../../app/i18n';
import { formatGpa, yearName } from './bulk-format';
import { PagePagination } from '../../../ui/PagePagination';

export type Outcome = PlanStudent['outcome'];
const OUTCOMES: readonly Outcome[] = ['promote', 'repeat', 'graduate', 'blocked', 'already'];
const COLOR: Record<Outcome, 'success' | 'warning' | 'info' | 'error' | 'default'> = {
  promote: 'success',
  repeat: 'warning',
  graduate: 'info',
  blocked: 'error',
  already: 'default',
};
const PAGE = 100;

export function countByOutcome(students: readonly PlanStudent[]): Record<Outcome, number> {
  const counts = { promote: 0, repeat: 0, graduate: 0, blocked: 0, already: 0 };
  for (const s of students) counts[s.outcome] += 1;
  return counts;
}

/**
 * The dry run: a chip per outcome with its count (a click narrows the table to it) and the
 * students with GPA, debts and why a blocked one is left out or which order already names them.
 */
export function PlanView({
  plan,
  mode,
  children,
}: {
  plan: BulkPlan;
  mode: 'promotion' | 'graduation';
  /** What goes between the counts and the list (the create bar). */
  children?: ReactNode;
}) {
  const { t, tKey } = useI18n();
  const [shown, setShown] = useState<Outcome | null>(null);
  const [page, setPage] = useState(0);
  const counts = useMemo(() => countByOutcome(plan.students), [plan.students]);
  const rows = shown ? plan.students.filter((s) => s.outcome === shown) : plan.students;
  // Promotion never graduates and graduation never promotes: their chips would always read 0.
  const outcomes = OUTCOMES.filter((o) =>
    mode === 'promotion' ? o !== 'graduate' : o !== 'promote' && o !== 'repeat',
  );
  const pick = (o: Outcome | null) => {
    setShown(o);
    setPage(0);
  };
  const note = (s: PlanStudent) => {
    if (s.outcome === 'blocked' && s.key) return tKey(s.key, { debts: s.debts });
    if (s.outcome === 'already') {
      return s.orderNumber ? t('movements.plan.inOrder', { number: s.orderNumber }) : t('movements.plan.inDraft');
    }
    return '';
  };

  return (
    <Stack spacing={2} data-testid="plan">
      <Typography variant="body2" color="text.secondary">
        {t('movements.plan.year', { year: yearName(plan.educationYear) })}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" data-testid="plan-counts">
        <Chip
          label={t('movements.plan.all', { count: plan.students.length })}
          variant={shown === null ? 'filled' : 'outlined'}
          onClick={() => pick(null)}
          data-testid="count-all"
        />
        {outcomes.map((o) => (
          <Chip
            key={o}
            color={COLOR[o]}
            label={`${t(`movements.outcome.${o}`)}: ${counts[o]}`}
            variant={shown === o ? 'filled' : 'outlined'}
            onClick={() => pick(shown === o ? null : o)}
            data-testid={`count-${o}`}
          />
        ))}
      </Stack>
      {children}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" data-testid="plan-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('movements.col.student')}</TableCell>
              <TableCell>{t('movements.col.group')}</TableCell>
              <TableCell align="right">{t('movements.col.course')}</TableCell>
              <TableCell align="right">GPA</TableCell>
              <TableCell align="right">{t('movements.col.debts')}</TableCell>
              <TableCell>{t('movements.col.outcome')}</TableCell>
              <TableCell>{t('movements.col.note')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(page * PAGE, (page + 1) * PAGE).map((s) => (
              <TableRow key={s.studentId} data-testid="plan-row" data-outcome={s.outcome}>
                <TableCell>{s.fullName}</TableCell>
                <TableCell>{s.groupName}</TableCell>
                <TableCell align="right">{s.course}</TableCell>
                <TableCell align="right">{formatGpa(s.gpa)}</TableCell>
                <TableCell align="right">{s.debts}</TableCell>
                <TableCell>
                  <Chip size="small" color={COLOR[s.outcome]} label={t(`movements.outcome.${s.outcome}`)} />
                </TableCell>
                <TableCell>{note(s)}</TableCell>
              </TableRow>
            ))}
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>{t('movements.plan.empty')}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        {rows.length > PAGE && (
          <PagePagination total={rows.length} page={page} pageSize={PAGE} onPage={(p) => setPage(p)} />
        )}
      </TableContainer>
    </Stack>
  );
}
