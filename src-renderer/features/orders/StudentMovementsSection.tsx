import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Box, Button, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { contract, roleMayCall } from '../../../src-shared/contract';
import type { Movement } from '../../../src-shared/contract/orders';
import type { Student } from '../../../src-shared/contract/students';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { defaultLang } from '../../../src-shared/domain/documents/catalog';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { IssueDialog } from '../documents/IssueDialog';
import { StatusChip } from '../students/StatusChip';
import { reasonKey } from './composer/composer-state';
import { ChangeText } from './ChangeText';

/**
 * The card's movement history (DOMAIN §4): each step with the order behind it, "status as of a date",
 * an excerpt of an order for this student, and a new order for them.
 */
export function StudentMovementsSection({ student, shell }: { student: Student; shell: ShellDef }) {
  const { t, tKey, tOr, locale } = useI18n();
  const { user } = useUser();
  const movements = useQuery('orders.movements', { studentId: student.id });
  const [date, setDate] = useState(tashkentMoment(new Date()).date);
  const asOf = useQuery('orders.stateAsOf', { studentId: student.id, date });
  const [excerptOf, setExcerptOf] = useState<string | null>(null);
  const courseN = (course: number) => t('student.courseN', { course });
  const mayIssue = roleMayCall(user.role, contract['documents.issue'].access);
  const newOrder = pagePath(shell, user.role, 'orderNew');
  const orderPath = (id: string) => pagePath(shell, user.role, 'orderDetail', id);
  const items = movements.data?.items ?? [];

  const kindOf = (m: Movement) =>
    m.orderType ? tKey(`orders.type.${m.orderType}`) : tOr(`orders.movementKind.${m.kind}`, m.kind);
  const reasonOf = (m: Movement) => {
    const key = reasonKey(m.orderType, m.reason);
    return key ? tKey(key) : m.reason;
  };

  return (
    <SectionCard title={t('orders.movements.title')}>
      <Stack spacing={2} data-testid="student-movements">
        <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
          <DateField
            size="small"
            label={t('orders.movements.asOf')}
            value={date}
            // A cleared field keeps the last date asked about.
            onChange={(v) => v && setDate(v)}
            sx={{ flex: '0 1 170px' }}
            data-testid="state-as-of-date"
          />
          {asOf.data && (
            <Stack direction="row" spacing={1} alignItems="center" data-testid="state-as-of" flexWrap="wrap" useFlexGap>
              <StatusChip status={asOf.data.status} />
              <Typography variant="body2">
                {[asOf.data.course ? courseN(asOf.data.course) : '', asOf.data.groupName ?? '']
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
              {asOf.data.orderNumber && (
                <Typography variant="body2" color="text.secondary">
                  {t('orders.movements.byOrder', {
                    number: asOf.data.orderNumber,
                    date: formatDate(asOf.data.orderDate),
                  })}
                </Typography>
              )}
            </Stack>
          )}
          <Box sx={{ flexGrow: 1 }} />
          {newOrder && (
            <Button
              component={RouterLink}
              to={`${newOrder}?student=${encodeURIComponent(student.id)}`}
              startIcon={<NoteAddOutlined />}
              data-testid="new-order-for-student"
            >
              {t('orders.movements.newOrder')}
            </Button>
          )}
        </Stack>
        <ErrorAlert error={movements.error ?? asOf.error} />
        {movements.data && items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('orders.movements.empty')}
          </Typography>
        ) : (
          <Table size="small" data-testid="movement-list">
            <TableHead>
              <TableRow>
                <TableCell>{t('orders.movements.col.date')}</TableCell>
                <TableCell>{t('orders.movements.col.order')}</TableCell>
                <TableCell>{t('orders.col.type')}</TableCell>
                <TableCell>{t('orders.field.reason')}</TableCell>
                <TableCell>{t('orders.movements.col.change')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((m) => {
                const path = m.orderId ? orderPath(m.orderId) : null;
                const label = m.orderNumber
                  ? t('orders.movements.orderRef', { number: m.orderNumber, date: formatDate(m.orderDate) })
                  : t('orders.movements.noOrder');
                return (
                  <TableRow key={m.id} data-testid="movement-row" data-kind={m.kind}>
                    <TableCell>{formatDate(m.effectiveDate)}</TableCell>
                    <TableCell>
                      {path ? (
                        <Link component={RouterLink} to={path} underline="hover">
                          {label}
                        </Link>
                      ) : (
                        label
                      )}
                    </TableCell>
                    <TableCell>{kindOf(m)}</TableCell>
                    <TableCell>{reasonOf(m) || '—'}</TableCell>
                    <TableCell>
                      <ChangeText before={m.before} after={m.after} />
                    </TableCell>
                    <TableCell align="right">
                      {m.orderId && mayIssue && (
                        <Button
                          size="small"
                          startIcon={<PrintOutlined />}
                          onClick={() => setExcerptOf(m.orderId)}
                          data-testid="print-excerpt"
                        >
                          {t('orders.movements.excerpt')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Stack>
      {excerptOf && (
        <IssueDialog
          studentId={student.id}
          type="order-excerpt"
          lang={defaultLang('order-excerpt', locale)}
          params={{ orderId: excerptOf }}
          onClose={() => setExcerptOf(null)}
          onIssued={() => undefined}
        />
      )}
    </SectionCard>
  );
}
