import { Alert, Button, Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { RestudyAmountResult, RestudyDebtItem } from '../../../src-shared/contract/fees';
import { formatPlain, formatSom } from '../../../src-shared/domain/fees';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { FeeError } from './FeeError';
import { formName, semesterNumber } from './fee-format';
import { FeeResult, type FeeResultView } from './FeeResult';
import type { PickedStudent } from '../../ui/StudentPicker';

/**
 * The re-study fee of a debtor (the page mounts one per picked student, so nothing of another student stays): their current debt subjects, all ticked at first (the counter unticks the
 * ones not re-studied now), Σ credits × credit price with a line per subject.
 */
export function RestudyTab({ student, year, shell }: { student: PickedStudent | null; year: string; shell: ShellDef }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [debts, setDebts] = useState<RestudyDebtItem[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [result, setResult] = useState<RestudyAmountResult | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!student) return;
    let live = true;
    void call('fees.restudyDebts', { id: student.id }).then((res) => {
      if (!live) return;
      if (res.ok) {
        setDebts(res.data.items);
        setChosen(new Set(res.data.items.map((d) => d.recordId)));
      } else setError(res.error);
    });
    return () => {
      live = false;
    };
  }, [student]);

  const subjectName = (d: RestudyDebtItem) =>
    (locale === 'uz-Cyrl' ? d.name.uzCyrl : locale === 'ru' ? d.name.ru : locale === 'en' ? d.name.en : '') ||
    d.name.uzLatn;

  async function calculate() {
    if (!student) return;
    setBusy(true);
    const res = await call('fees.calculateRestudy', {
      studentId: student.id,
      educationYear: year,
      recordIds: [...chosen],
    });
    setBusy(false);
    setError(res.ok ? null : res.error);
    setResult(res.ok ? res.data : null);
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const view = (r: RestudyAmountResult): FeeResultView => {
    const f = r.facts;
    const price = formatSom(r.creditPrice);
    const priceLine =
      r.creditPriceSource === 'fixed' || r.baseContractAmount === null
        ? t('fees.restudy.creditPriceFixed', { creditPrice: price })
        : t('fees.restudy.creditPriceDerived', { base: formatSom(r.baseContractAmount), creditPrice: price });
    const credits = r.lines.reduce((s, l) => s + l.credits, 0);
    return {
      kind: 'restudy',
      amount: r.amount,
      tariffVersion: r.tariffVersion,
      facts: [
        [f.studentName, f.group, f.studentIdNumber].filter(Boolean).join(' · '),
        [[f.specialtyCode, f.specialtyName].filter(Boolean).join(' '), formName(f.educationForm, i18n)].join(' · '),
      ],
      lines: [
        { label: priceLine, formula: '' },
        ...r.lines.map((l) => ({
          label: `${subjectName(l)} (${t('fees.calc.semester', { n: semesterNumber(l.semester) })})`,
          formula: `${formatPlain(l.credits)} × ${price} = ${formatSom(l.amount)}`,
        })),
        {
          label: t('fees.restudy.formula', {
            credits: formatPlain(credits),
            creditPrice: price,
            amount: formatSom(r.amount),
          }),
          formula: '',
        },
      ],
      formula: r.formula,
      studentId: f.studentId,
    };
  };

  if (!student) return <Alert severity="info">{t('fees.calc.pickStudent')}</Alert>;
  return (
    <>
      <Typography variant="subtitle1">{t('fees.calc.debts')}</Typography>
      {debts && debts.length === 0 && <Alert severity="info">{t('fees.calc.noDebts')}</Alert>}
      {debts && debts.length > 0 && (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('fees.calc.debtsHint')}
          </Typography>
          <FormGroup data-testid="restudy-debts">
            {debts.map((d) => (
              <FormControlLabel
                key={d.recordId}
                control={
                  <Checkbox checked={chosen.has(d.recordId)} onChange={(e) => toggle(d.recordId, e.target.checked)} />
                }
                label={`${subjectName(d)} · ${t('fees.calc.semester', { n: semesterNumber(d.semester) })} · ${formatPlain(d.credits)} ${t('fees.calc.col.credits').toLowerCase()}`}
              />
            ))}
          </FormGroup>
          <Button variant="contained" onClick={() => void calculate()} disabled={busy} sx={{ mt: 1 }}>
            {t('fees.calc.calculate')}
          </Button>
        </>
      )}
      <FeeError error={error} />
      {result && <FeeResult result={view(result)} shell={shell} />}
    </>
  );
}
