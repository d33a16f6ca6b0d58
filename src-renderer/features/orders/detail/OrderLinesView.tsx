import { Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { formatDate } from '../../../../src-shared/domain/format';
import { useI18n } from '../../../app/i18n';
import { useUser } from '../../../app/session';
import { pagePath, type ShellDef } from '../../../shells/shells';
import { reasonKey } from '../composer/composer-state';
import { ChangeText } from '../ChangeText';
import { problemText } from '../order-format';

/** The students of an approved or applied order: what it says for each, and what it changed (once applied). */
export function OrderLinesView({ order, shell }: { order: OrderDetail; shell: ShellDef }) {
  const { t, tKey, tOr } = useI18n();
  const { user } = useUser();
  const courseN = (course: number) => t('student.courseN', { course });
  const applied = order.status === 'applied';
  return (
    <Table size="small" data-testid="order-lines-view">
      <TableHead>
        <TableRow>
          <TableCell>{t('orders.col.student')}</TableCell>
          <TableCell>{t('orders.field.effectiveDate')}</TableCell>
          <TableCell>{t('orders.col.details')}</TableCell>
          <TableCell>{applied ? t('orders.col.change') : t('orders.col.check')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {order.lines.map((l) => {
          const card = pagePath(shell, user.role, 'studentCard', l.studentId);
          const reason = reasonKey(order.type, l.reason);
          const details = [
            reason ? tKey(reason) : '',
            l.leaveUntil ? t('orders.line.leaveUntil', { date: formatDate(l.leaveUntil) }) : '',
            l.newGroupName ? t('orders.line.newGroup', { group: l.newGroupName }) : '',
            l.newName ? t('orders.line.newName', { name: l.newName }) : '',
            l.note,
          ].filter(Boolean);
          return (
            <TableRow
              key={l.studentId}
              data-testid="order-line"
              data-student-id={l.studentId}
              sx={{ verticalAlign: 'top' }}
            >
              <TableCell>
                {card ? (
                  <Link component={RouterLink} to={card} underline="hover" fontWeight={600}>
                    {l.fullName}
                  </Link>
                ) : (
                  <Typography fontWeight={600}>{l.fullName}</Typography>
                )}
                <Typography variant="body2" color="text.secondary">
                  {[l.departmentName, l.groupName, l.course ? courseN(l.course) : '', l.studentIdNumber]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </TableCell>
              <TableCell>{formatDate(l.effectiveDate)}</TableCell>
              <TableCell>
                {details.length > 0
                  ? details.map((d, i) => (
                      <Typography key={i} variant="body2">
                        {d}
                      </Typography>
                    ))
                  : '—'}
              </TableCell>
              <TableCell data-testid="line-outcome">
                {applied && l.before && l.after ? (
                  <>
                    <ChangeText before={l.before} after={l.after} />
                    {l.override && (
                      <Typography variant="body2" color="info.main" data-testid="line-override">
                        {t('orders.override.shown', { by: l.override.by, reason: l.override.reason })}
                      </Typography>
                    )}
                  </>
                ) : (
                  <Stack spacing={0.5}>
                    {l.problems.map((p) => (
                      <Typography key={p.key} variant="body2" color="warning.dark" data-testid="line-problem">
                        {problemText(tKey, tOr, p)}
                      </Typography>
                    ))}
                    {l.override && (
                      <Typography variant="body2" color="info.main" data-testid="line-override">
                        {t('orders.override.shown', { by: l.override.by, reason: l.override.reason })}
                      </Typography>
                    )}
                    {l.problems.length === 0 && !l.override && (
                      <Typography variant="body2" color="success.main">
                        {t('orders.check.ok')}
                      </Typography>
                    )}
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
