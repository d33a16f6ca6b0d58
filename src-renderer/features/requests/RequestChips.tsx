import { Chip } from '@mui/material';
import type { RequestSummary } from '../../../src-shared/contract/requests';
import type { Locale } from '../../../src-shared/contract/common';
import { typeName, type TypeNames } from '../../../src-shared/domain/request-types';
import { useI18n } from '../../app/i18n';

const COLOR = {
  new: 'info',
  inProgress: 'warning',
  ready: 'success',
  handedOver: 'default',
  rejected: 'error',
} as const;

/** New blue, in progress amber, ready green (waiting for the visitor), closed grey or red. */
export function RequestStatusChip({ status }: { status: RequestSummary['status'] }) {
  const { tKey } = useI18n();
  return (
    <Chip
      size="small"
      label={tKey(`requests.status.${status}`)}
      color={COLOR[status]}
      variant={status === 'handedOver' ? 'outlined' : 'filled'}
      data-testid="request-status"
      data-status={status}
      sx={{ fontWeight: 600 }}
    />
  );
}

/** "Overdue" (red) and "Due today" (amber) while the office still owes the work; nothing otherwise. */
export function DeadlineChip({ request }: { request: Pick<RequestSummary, 'deadline' | 'workingDays'> }) {
  const { t } = useI18n();
  if (request.deadline === 'overdue')
    return <Chip size="small" color="error" label={t('requests.deadline.overdue')} data-testid="overdue-chip" />;
  if (request.deadline === 'dueToday')
    return (
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={t('requests.deadline.dueToday')}
        data-testid="due-today-chip"
      />
    );
  return null;
}

export const typeLabel = (names: TypeNames, locale: Locale): string => typeName(names, locale);
