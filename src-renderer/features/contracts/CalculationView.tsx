import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ContractCalculation } from '../../../src-shared/contract/contracts';
import { formatPlain, formatSom } from '../../../src-shared/domain/fees';
import { useI18n } from '../../app/i18n';
import { useMoney } from './contract-ui';

/** The calculation as printed: each step (or each subject of a re-study), the formula, the tariff version. */
export function CalculationView({ calculation: c }: { calculation: ContractCalculation }) {
  const { t, tKey, tOr } = useI18n();
  const money = useMoney();
  return (
    <Stack spacing={1.5} data-testid="contract-calculation">
      {c.restudy ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('contracts.col.subject')}</TableCell>
              <TableCell align="right">{t('contracts.col.credits')}</TableCell>
              <TableCell align="right">{t('contracts.col.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {c.restudy.subjects.map((s, i) => (
              <TableRow key={`${s.name}-${i}`}>
                <TableCell>{s.name}</TableCell>
                <TableCell align="right">{formatPlain(s.credits)}</TableCell>
                <TableCell align="right">{money(s.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('contracts.col.step')}</TableCell>
              <TableCell>{t('contracts.col.formula')}</TableCell>
              <TableCell align="right">{t('contracts.col.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {c.steps.map((s, i) => (
              <TableRow key={`${s.key}-${i}`}>
                <TableCell>{tOr(s.key, '') && tKey(s.key, s.params)}</TableCell>
                <TableCell>{s.formula}</TableCell>
                <TableCell align="right">{formatSom(s.amountAfter)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {c.restudy && <Typography>{t('contracts.calc.creditPrice', { price: money(c.restudy.creditPrice) })}</Typography>}
      <Typography sx={{ fontFamily: 'monospace' }} data-testid="contract-formula">
        {t('contracts.calc.formula', { formula: c.formula })}
      </Typography>
      <Typography data-testid="contract-tariff">{t('contracts.calc.tariff', { version: c.tariffLabel })}</Typography>
      <Typography variant="h6" data-testid="contract-amount">
        {t('contracts.calc.amount', { amount: money(c.amount) })}
      </Typography>
    </Stack>
  );
}
