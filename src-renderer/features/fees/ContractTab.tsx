import { Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import type { ChannelInput } from '../../../src-shared/contract';
import type { ContractAmountResult, TariffDiscountInput } from '../../../src-shared/contract/fees';
import { CONTRACT_TYPES, type ContractTypeCode } from '../../../src-shared/domain/fees-contract';
import { formatPercent } from '../../../src-shared/domain/fees';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { FeeError } from './FeeError';
import { formName, stepParams } from './fee-format';
import { FeeResult, type FeeResultView } from './FeeResult';
import type { PickedStudent } from '../../ui/StudentPicker';

export const EDUCATION_FORMS = ['11', '12', '13', '14', '15', '16', '17', '18'] as const;
const OWN = 'own';

/** The discounts of the year's tariff in force, to pick from (empty while the year has none). */
function useDiscounts(year: string): TariffDiscountInput[] {
  const [discounts, setDiscounts] = useState<TariffDiscountInput[]>([]);
  useEffect(() => {
    let live = true;
    void call('fees.tariffs', { educationYear: year }).then(async (list) => {
      const inForce = list.ok ? list.data.items.find((i) => i.inForce) : undefined;
      const detail = inForce ? await call('fees.tariff', { id: inForce.id }) : null;
      if (live) setDiscounts(detail?.ok ? detail.data.discounts : []);
    });
    return () => {
      live = false;
    };
  }, [year]);
  return discounts;
}

/** The yearly contract: the student's facts from the registry (or a visitor's typed), the counter's choices. */
export function ContractTab({
  student,
  year,
  shell,
}: {
  student: PickedStudent | null;
  year: string;
  shell: ShellDef;
}) {
  const i18n = useI18n();
  const { t, tKey, tOr, locale } = i18n;
  const discounts = useDiscounts(year);
  const [visitor, setVisitor] = useState(false);
  const [specialtyCode, setSpecialtyCode] = useState('');
  const [educationForm, setEducationForm] = useState('11');
  const [citizenship, setCitizenship] = useState<'11' | '12' | '13'>('11');
  const [finalYear, setFinalYear] = useState(false);
  const [contractType, setContractType] = useState<ContractTypeCode>('11');
  const [summaType, setSummaType] = useState<'11' | '12'>('12');
  const [discount, setDiscount] = useState('');
  const [ownPercent, setOwnPercent] = useState('');
  const [months, setMonths] = useState('12');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [result, setResult] = useState<ContractAmountResult | null>(null);

  const discountName = (d: TariffDiscountInput) =>
    (locale === 'uz-Cyrl' ? d.names.uzCyrl : locale === 'ru' ? d.names.ru : locale === 'en' ? d.names.en : '') ||
    d.names.uzLatn;

  async function calculate() {
    const input: ChannelInput<'fees.calculateContract'> = {
      educationYear: year,
      contractType,
      summaType,
      months: Number(months) || 12,
      ...(discount === OWN ? { discountPercent: Number(ownPercent.replace(',', '.')) || 0 } : {}),
      ...(discount && discount !== OWN ? { discountCode: discount } : {}),
      ...(visitor || !student
        ? { facts: { specialtyCode: specialtyCode.trim(), educationForm, citizenship, finalYear } }
        : { studentId: student.id }),
    };
    setBusy(true);
    const res = await call('fees.calculateContract', input);
    setBusy(false);
    setError(res.ok ? null : res.error);
    setResult(res.ok ? res.data : null);
  }

  const view = (r: ContractAmountResult): FeeResultView => {
    const f = r.facts;
    const who = f.studentName
      ? [f.studentName, f.group, f.studentIdNumber].filter(Boolean).join(' · ')
      : t('fees.calc.visitorName');
    const place = [
      [f.specialtyCode, f.specialtyName].filter(Boolean).join(' '),
      formName(f.educationForm, i18n),
      f.course !== null ? t('fees.calc.course', { course: f.course }) : null,
      f.finalYear ? t('fees.calc.finalYear') : null,
      tOr(`code.citizenship.${f.citizenship}`, f.citizenship),
    ];
    const terms = [
      `${t('fees.calc.contractType')}: ${r.contractType} — ${tOr(`fees.contractType.${r.contractType}`, r.contractType)}`,
      tOr(`fees.summaType.${r.summaType}`, r.summaType),
      r.discountPercent > 0
        ? `${t('fees.calc.discount')}: ${r.discountCode ?? ''} ${formatPercent(r.discountPercent)}`.trim()
        : null,
      r.months !== 12 ? `${t('fees.calc.months')}: ${r.months}` : null,
    ];
    return {
      kind: 'twoParty',
      amount: r.amount,
      tariffVersion: r.tariffVersion,
      facts: [who, place.filter(Boolean).join(' · '), terms.filter(Boolean).join(' · ')],
      lines: r.steps.map((s) => ({ label: tKey(s.key, stepParams(s.params, i18n)), formula: s.formula })),
      formula: r.formula,
      studentId: f.studentId,
    };
  };

  const manual = visitor || !student;
  return (
    <>
      <FormControlLabel
        control={<Checkbox checked={visitor} onChange={(e) => setVisitor(e.target.checked)} />}
        label={t('fees.calc.visitor')}
      />
      {manual && (
        <Stack direction="row" spacing={2} sx={{ my: 1 }} flexWrap="wrap" useFlexGap>
          <TextField
            fullWidth={false}
            size="small"
            label={t('fees.calc.specialtyCode')}
            value={specialtyCode}
            onChange={(e) => setSpecialtyCode(e.target.value)}
          />
          <TextField
            fullWidth={false}
            select
            size="small"
            label={t('fees.calc.form')}
            value={educationForm}
            onChange={(e) => setEducationForm(e.target.value)}
            sx={{ minWidth: 180 }}
          >
            {EDUCATION_FORMS.map((code) => (
              <MenuItem key={code} value={code}>
                {formName(code, i18n)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            fullWidth={false}
            select
            size="small"
            label={t('fees.calc.citizenship')}
            value={citizenship}
            onChange={(e) => setCitizenship(e.target.value as '11' | '12' | '13')}
            sx={{ minWidth: 200 }}
          >
            {(['11', '12', '13'] as const).map((code) => (
              <MenuItem key={code} value={code}>
                {tOr(`code.citizenship.${code}`, code)}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={<Checkbox checked={finalYear} onChange={(e) => setFinalYear(e.target.checked)} />}
            label={t('fees.calc.finalYear')}
          />
        </Stack>
      )}
      <Stack direction="row" spacing={2} sx={{ my: 1 }} flexWrap="wrap" useFlexGap alignItems="center">
        <TextField
          fullWidth={false}
          select
          size="small"
          label={t('fees.calc.contractType')}
          value={contractType}
          onChange={(e) => setContractType(e.target.value as ContractTypeCode)}
          sx={{ minWidth: 240 }}
        >
          {CONTRACT_TYPES.map((code) => (
            <MenuItem key={code} value={code}>
              {code} — {tOr(`fees.contractType.${code}`, code)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth={false}
          select
          size="small"
          label={t('fees.calc.summaType')}
          value={summaType}
          onChange={(e) => setSummaType(e.target.value as '11' | '12')}
          sx={{ minWidth: 180 }}
        >
          {(['12', '11'] as const).map((code) => (
            <MenuItem key={code} value={code}>
              {t(`fees.summaType.${code}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth={false}
          select
          size="small"
          label={t('fees.calc.discount')}
          value={discount}
          onChange={(e) => setDiscount(e.target.value)}
          sx={{ minWidth: 200 }}
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        >
          <MenuItem value="">{t('fees.calc.noDiscount')}</MenuItem>
          {discounts.map((d) => (
            <MenuItem key={d.code} value={d.code}>
              {discountName(d)} ({formatPercent(d.percent)})
            </MenuItem>
          ))}
          <MenuItem value={OWN}>{t('fees.calc.ownPercent')}</MenuItem>
        </TextField>
        {discount === OWN && (
          <TextField
            fullWidth={false}
            size="small"
            label={t('fees.calc.discountPercent')}
            value={ownPercent}
            onChange={(e) => setOwnPercent(e.target.value)}
            sx={{ width: 140 }}
          />
        )}
        <TextField
          fullWidth={false}
          size="small"
          type="number"
          label={t('fees.calc.months')}
          value={months}
          onChange={(e) => setMonths(e.target.value)}
          sx={{ width: 120 }}
          slotProps={{ htmlInput: { min: 1, max: 12 } }}
        />
        <Button variant="contained" onClick={() => void calculate()} disabled={busy}>
          {t('fees.calc.calculate')}
        </Button>
      </Stack>
      <FeeError error={error} />
      {result && <FeeResult result={view(result)} shell={shell} />}
    </>
  );
}
