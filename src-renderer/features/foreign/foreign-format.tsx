import { Chip } from '@mui/material';
import type { ApplicationStatus } from '../../../src-shared/domain/foreign-admission';
import { isListedCountry } from '../../../src-shared/domain/foreign-applicant';
import { useI18n } from '../../app/i18n';

const STATUS_COLOR: Record<ApplicationStatus, 'default' | 'info' | 'primary' | 'success' | 'error' | 'warning'> = {
  draft: 'default',
  submitted: 'info',
  documentsComplete: 'warning',
  admitted: 'primary',
  registered: 'success',
  rejected: 'error',
};

export function ApplicationStatusChip({ status }: { status: ApplicationStatus }) {
  const { tKey } = useI18n();
  return (
    <Chip
      size="small"
      color={STATUS_COLOR[status]}
      label={tKey(`foreign.status.${status}`)}
      data-testid="application-status"
      data-status={status}
    />
  );
}

/** A listed country by its name, any other by its ISO code as typed. */
export function countryName(tKey: (key: string) => string, code: string): string {
  return isListedCountry(code) ? tKey(`foreign.country.${code}`) : code;
}

export const fullName = (a: { lastName: string; firstName: string; patronymic: string }) =>
  [a.lastName, a.firstName, a.patronymic].filter(Boolean).join(' ');
