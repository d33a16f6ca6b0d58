import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ContractKind, ScheduleLine } from '../../../src-shared/contract/contracts';
import { formatSom } from '../../../src-shared/domain/fees';
import { formatDate } from '../../../src-shared/domain/format';
import { useI18n } from '../../app/i18n';

/** Shared bits of the contract screens: money, kind and status chips, the schedule table. */

export function useMoney() {
  const { t } = useI18n();
  return (amount: number) => t('contracts.som', { amount: formatSom(amount) });
}

export function KindLabel({ kind }: { kind: ContractKind }) {
  const { tKey } = useI18n();
  return <>{tKey(`contracts.kind.${kind}`)}</>;
}

export function StatusChip({ status }: { status: 'active' | 'cancelled' }) {
  const { tKey } = useI18n();
  return (
    <Chip
      size="small"
      color={status === 'active' ? 'success' : 'default'}
      label={tKey(`contracts.status.${status}`)}
      data-testid="contract-status"
    />
  );
}

/** The debt in red, "—" when there is none. */
export function DebtCell({ debt }: { debt: number }) {
  const money = useMoney();
  return debt > 0 ? (
    <Chip size="small" color="error" label={money(debt)} data-testid="contract-debt" />
  ) : (
    <span>—</span>
  );
}

export function ScheduleTable({ schedule }: { schedule: ScheduleLine[] }) {
  const { t } = useI18n();
  const money = useMoney();
  return (
    <Table size="small" data-testid="contract-schedule">
      <TableHead>
        <TableRow>
          <TableCell>{t('contracts.col.dueDate')}</TableCell>
          <TableCell align="right">{t('contracts.col.percent')}</TableCell>
          <TableCell align="right">{t('contracts.col.instalment')}</TableCell>
          <TableCell align="right">{t('contracts.col.cumulative')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {schedule.map((i) => (
          <TableRow key={i.dueDate}>
            <TableCell>{formatDate(i.dueDate)}</TableCell>
            <TableCell align="right">{i.percent} %</TableCell>
            <TableCell align="right">{money(i.amount)}</TableCell>
            <TableCell align="right">{money(i.cumulativeAmount)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
