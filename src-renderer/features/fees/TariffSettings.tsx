import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { CONTRACT_TYPES } from '../../../src-shared/domain/fees-contract';
import { useI18n } from '../../app/i18n';
import type { DiscountState, TariffForm } from './tariff-form';

interface Props {
  form: TariffForm;
  editable: boolean;
  bad: Set<string>;
  onChange(form: TariffForm): void;
}

const EMPTY_DISCOUNT: DiscountState = { code: '', uzLatn: '', uzCyrl: '', ru: '', en: '', percent: '' };

/** The table-wide values: mode, BHM, monthly stipend, contract-type coefficients 11–19, the discounts. */
export function TariffSettings({ form, editable, bad, onChange }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<TariffForm>) => onChange({ ...form, ...patch });
  const setDiscount = (i: number, patch: Partial<DiscountState>) =>
    set({ discounts: form.discounts.map((d, k) => (k === i ? { ...d, ...patch } : d)) });
  const ro = { readOnly: !editable };
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
        <TextField
          fullWidth={false}
          select
          size="small"
          label={t('fees.tariffs.mode')}
          value={form.mode}
          disabled={!editable}
          onChange={(e) => set({ mode: e.target.value as TariffForm['mode'] })}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="sum">{t('fees.mode.sum')}</MenuItem>
          <MenuItem value="coefficient">{t('fees.mode.coefficient')}</MenuItem>
        </TextField>
        <TextField
          fullWidth={false}
          size="small"
          label={t('fees.tariffs.bhm')}
          value={form.bhm}
          error={bad.has('bhm')}
          onChange={(e) => set({ bhm: e.target.value })}
          slotProps={{ htmlInput: ro }}
        />
        <TextField
          fullWidth={false}
          size="small"
          label={t('fees.tariffs.stipend')}
          value={form.monthlyStipend}
          error={bad.has('monthlyStipend')}
          onChange={(e) => set({ monthlyStipend: e.target.value })}
          slotProps={{ htmlInput: ro }}
        />
        <TextField
          fullWidth={false}
          size="small"
          label={t('fees.tariffs.note')}
          value={form.note}
          onChange={(e) => set({ note: e.target.value })}
          sx={{ flexGrow: 1 }}
          slotProps={{ htmlInput: ro }}
        />
      </Stack>
      <Typography variant="subtitle2">{t('fees.tariffs.coefficients')}</Typography>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {CONTRACT_TYPES.map((c) => (
          <TextField
            fullWidth={false}
            key={c}
            size="small"
            label={c}
            title={t(`fees.contractType.${c}`)}
            value={form.coefficients[c]}
            error={bad.has(`contractTypeCoefficients.${c}`)}
            onChange={(e) => set({ coefficients: { ...form.coefficients, [c]: e.target.value } })}
            sx={{ width: 90 }}
            slotProps={{ htmlInput: { ...ro, 'aria-label': `${c} ${t(`fees.contractType.${c}`)}` } }}
          />
        ))}
      </Stack>
      <Typography variant="subtitle2">{t('fees.tariffs.discounts')}</Typography>
      {form.discounts.map((d, i) => (
        <Stack key={i} direction="row" spacing={1} alignItems="center">
          <TextField
            fullWidth={false}
            size="small"
            label={t('fees.tariffs.discountCode')}
            value={d.code}
            onChange={(e) => setDiscount(i, { code: e.target.value })}
            sx={{ width: 120 }}
            slotProps={{ htmlInput: ro }}
          />
          <TextField
            fullWidth={false}
            size="small"
            label={t('fees.tariffs.discountName')}
            value={d.uzLatn}
            onChange={(e) => setDiscount(i, { uzLatn: e.target.value })}
            sx={{ flexGrow: 1 }}
            slotProps={{ htmlInput: ro }}
          />
          <TextField
            fullWidth={false}
            size="small"
            label={t('fees.tariffs.discountPercent')}
            value={d.percent}
            error={bad.has(`discounts.${i}.percent`)}
            onChange={(e) => setDiscount(i, { percent: e.target.value })}
            sx={{ width: 100 }}
            slotProps={{ htmlInput: ro }}
          />
          {editable && (
            <IconButton
              aria-label={t('fees.tariffs.removeDiscount')}
              onClick={() => set({ discounts: form.discounts.filter((_, k) => k !== i) })}
            >
              <DeleteOutlined />
            </IconButton>
          )}
        </Stack>
      ))}
      {editable && (
        <Button
          startIcon={<AddOutlined />}
          onClick={() => set({ discounts: [...form.discounts, EMPTY_DISCOUNT] })}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('fees.tariffs.addDiscount')}
        </Button>
      )}
    </Stack>
  );
}
