import type { Locale } from '../../../src-shared/contract';
import type { RequestSummary } from '../../../src-shared/contract/requests';
import { typeName } from '../../../src-shared/domain/request-types';
import { translate } from '../../../src-shared/i18n';
import { writeXlsx } from '../exports/xlsx';

const dmy = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The filtered list as the screen shows it, one row per request, in the asked language. */
export async function exportRequests(
  rows: readonly RequestSummary[],
  locale: Locale,
  today: string,
): Promise<{ fileName: string; mimeType: string; data: string }> {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const deadline = (r: RequestSummary) =>
    r.deadline === 'overdue'
      ? t('requests.deadline.overdue')
      : r.deadline === 'dueToday'
        ? t('requests.deadline.dueToday')
        : '';
  const data = await writeXlsx([
    {
      name: t('requests.export.sheet'),
      columns: [
        { key: 'number', header: t('requests.col.number'), width: 14 },
        { key: 'type', header: t('requests.col.type'), width: 36 },
        { key: 'applicant', header: t('requests.col.applicant'), width: 34 },
        { key: 'studentId', header: t('requests.col.studentId'), width: 16 },
        { key: 'phone', header: t('requests.col.phone'), width: 16 },
        { key: 'status', header: t('requests.col.status'), width: 16 },
        { key: 'assignee', header: t('requests.col.assignee'), width: 26 },
        { key: 'received', header: t('requests.col.received'), width: 12 },
        { key: 'due', header: t('requests.col.due'), width: 12 },
        { key: 'deadline', header: t('requests.col.deadline'), width: 16 },
      ],
      rows: rows.map((r) => ({
        number: r.number,
        type: typeName(r.typeNames, locale),
        applicant: r.applicantName,
        studentId: r.studentIdNumber ?? '',
        phone: r.visitorPhone,
        status: t(`requests.status.${r.status}`),
        assignee: r.assigneeName ?? '',
        received: dmy(r.receivedOn),
        due: dmy(r.dueOn),
        deadline: deadline(r),
      })),
    },
  ]);
  return {
    fileName: `requests_${today}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: data.toString('base64'),
  };
}
