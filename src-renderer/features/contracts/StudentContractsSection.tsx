import CalculateOutlined from '@mui/icons-material/CalculateOutlined';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink, useNavigate } from 'react-router';
import { contract } from '../../../src-shared/contract';
import { roleMayCall } from '../../../src-shared/contract/roles';
import type { Student } from '../../../src-shared/contract/students';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { DebtCell, KindLabel, StatusChip, useMoney } from './contract-ui';

/** On the student card: the student's contracts, payments and balance (issue 7). */
export function StudentContractsSection(props: { student: Student; shell: ShellDef }) {
  const { user } = useUser();
  if (!roleMayCall(user.role, contract['contracts.studentBalance'].access)) return null;
  return <Section {...props} />;
}

function Section({ student, shell }: { student: Student; shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  const money = useMoney();
  const balance = useQuery('contracts.studentBalance', { studentId: student.id });
  const drawPath = pagePath(shell, user.role, 'contractNew');
  const calculatorPath = pagePath(shell, user.role, 'feesCalculator');
  const items = balance.data?.contracts ?? [];
  const total = balance.data?.total;
  return (
    <SectionCard title={t('contracts.section.title')}>
      <Stack spacing={1.5} data-testid="student-contracts">
        <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap>
          {total && (
            <Typography variant="body2" data-testid="student-balance">
              {t('contracts.section.totals', { paid: money(total.paid), remaining: money(total.remaining) })}
            </Typography>
          )}
          {calculatorPath && (
            <Button
              component={RouterLink}
              to={`${calculatorPath}?student=${student.id}`}
              variant="outlined"
              startIcon={<CalculateOutlined />}
              sx={{ ml: 'auto' }}
            >
              {t('nav.feesCalculator')}
            </Button>
          )}
          {drawPath && (
            <Button
              component={RouterLink}
              to={`${drawPath}?student=${student.id}`}
              variant="outlined"
              startIcon={<PostAddOutlined />}
              sx={calculatorPath ? undefined : { ml: 'auto' }}
            >
              {t('contracts.list.new')}
            </Button>
          )}
        </Stack>
        {total && total.debt > 0 && (
          <Alert severity="error" data-testid="student-contract-debt">
            {t('contracts.section.debt', { debt: money(total.debt) })}
          </Alert>
        )}
        <ErrorAlert error={balance.error} />
        {balance.data && items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('contracts.section.empty')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('contracts.col.number')}</TableCell>
                <TableCell>{t('contracts.col.kind')}</TableCell>
                <TableCell>{t('contracts.col.date')}</TableCell>
                <TableCell align="right">{t('contracts.col.amount')}</TableCell>
                <TableCell align="right">{t('contracts.col.paid')}</TableCell>
                <TableCell align="right">{t('contracts.col.debt')}</TableCell>
                <TableCell>{t('contracts.col.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((c) => (
                <TableRow
                  key={c.id}
                  hover
                  sx={{ cursor: 'pointer' }}
                  onClick={() => {
                    const path = pagePath(shell, user.role, 'contractDetail', c.id);
                    if (path) void navigate(path);
                  }}
                  data-testid="student-contract-row"
                >
                  <TableCell sx={{ fontWeight: 600 }}>{c.number}</TableCell>
                  <TableCell>
                    <KindLabel kind={c.kind} />
                  </TableCell>
                  <TableCell>{formatDate(c.contractDate)}</TableCell>
                  <TableCell align="right">{money(c.amount)}</TableCell>
                  <TableCell align="right">{money(c.balance.paid)}</TableCell>
                  <TableCell align="right">
                    <DebtCell debt={c.balance.debt} />
                  </TableCell>
                  <TableCell>
                    <StatusChip status={c.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </SectionCard>
  );
}
