import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { formatSom } from '../../../src-shared/domain/fees';
import { formatDate } from '../../../src-shared/domain/format';
import { useI18n } from '../../app/i18n';
import { pathOf, type ShellDef } from '../../shells/shells';
import { printCalculation } from './print-calculation';

export interface FeeResultView {
  kind: 'twoParty' | 'restudy';
  amount: number;
  tariffVersion: string;
  /** Who and what it is for, one line each. */
  facts: string[];
  lines: { label: string; formula: string }[];
  formula: string;
  studentId: string | null;
}

/**
 * A calculation's answer: the amount large, the tariff version, each step as a translated label with its
 * neutral formula, the whole formula; print it, or go on to draw up the contract for the student (the
 * contracts screen takes the student and the kind from the address).
 */
export function FeeResult({ result, shell }: { result: FeeResultView; shell: ShellDef }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const amount = t('fees.calc.som', { amount: formatSom(result.amount) });
  const tariff = t('fees.calc.tariff', { version: result.tariffVersion });
  const title = t(result.kind === 'restudy' ? 'fees.calc.printTitle.restudy' : 'fees.calc.printTitle.contract');
  const print = () =>
    printCalculation(
      {
        title,
        date: t('fees.calc.printDate', { date: formatDate(new Date().toISOString()) }),
        facts: result.facts,
        amount,
        tariff,
        lines: result.lines,
        formulaLabel: t('fees.calc.formula'),
        formula: result.formula,
      },
      locale,
    );
  const drawUp = () => {
    if (!result.studentId) return;
    const query = new URLSearchParams({ student: result.studentId, kind: result.kind });
    void navigate(`${pathOf(shell, { path: 'contracts/new' })}?${query.toString()}`);
  };
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="fee-result">
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {t('fees.calc.amount')}
        </Typography>
        <Typography variant="h3" component="p" data-testid="fee-amount" sx={{ fontWeight: 600 }}>
          {amount}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="fee-tariff-version" sx={{ mb: 1 }}>
          {tariff}
        </Typography>
        {result.facts.map((f) => (
          <Typography key={f} variant="body2">
            {f}
          </Typography>
        ))}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {t('fees.calc.steps')}
        </Typography>
        <Box component="ol" data-testid="fee-steps" sx={{ pl: 3, my: 1 }}>
          {result.lines.map((line, i) => (
            <li key={`${i}:${line.label}`}>
              <Typography variant="body2" component="span">
                {line.label}
              </Typography>
              {line.formula && (
                <Typography variant="body2" component="div" sx={{ fontFamily: 'monospace' }}>
                  {line.formula}
                </Typography>
              )}
            </li>
          ))}
        </Box>
        <Typography variant="body2" data-testid="fee-formula">
          <b>{t('fees.calc.formula')}:</b> <span style={{ fontFamily: 'monospace' }}>{result.formula}</span>
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button variant="outlined" startIcon={<PrintOutlined />} onClick={print}>
            {t('fees.calc.print')}
          </Button>
          {result.studentId && (
            <Button variant="contained" startIcon={<DescriptionOutlined />} onClick={drawUp}>
              {t('fees.calc.drawUp')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
