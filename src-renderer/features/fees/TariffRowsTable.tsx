import { Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useI18n } from '../../app/i18n';
import { formName } from './fee-format';
import { ROW_FIELDS, type RowField, type TariffForm } from './tariff-form';

const HEADINGS: Record<
  RowField,
  'fees.col.price' | 'fees.col.foreignPrice' | 'fees.col.coefficient' | 'fees.col.increased' | 'fees.col.creditPrice'
> = {
  price: 'fees.col.price',
  foreignPrice: 'fees.col.foreignPrice',
  specialtyCoefficient: 'fees.col.coefficient',
  increasedCoefficient: 'fees.col.increased',
  creditPrice: 'fees.col.creditPrice',
};

/** The prices grid: one row per specialty × form (offered from the registry), the office fills the amounts. */
export function TariffRowsTable({
  form,
  editable,
  bad,
  onChange,
}: {
  form: TariffForm;
  editable: boolean;
  bad: Set<string>;
  onChange(form: TariffForm): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const setCell = (i: number, field: RowField, value: string) =>
    onChange({
      ...form,
      rows: form.rows.map((r, k) => (k === i ? { ...r, values: { ...r.values, [field]: value } } : r)),
    });
  return (
    <Table size="small" data-testid="tariff-rows">
      <TableHead>
        <TableRow>
          <TableCell>{t('fees.col.specialty')}</TableCell>
          <TableCell>{t('fees.col.form')}</TableCell>
          {ROW_FIELDS.map((f) => (
            <TableCell key={f}>{t(HEADINGS[f])}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {form.rows.map((r, i) => (
          <TableRow key={`${r.specialtyCode}|${r.educationForm}`}>
            <TableCell>
              <b>{r.specialtyCode}</b> {r.specialtyName}
            </TableCell>
            <TableCell>{formName(r.educationForm, i18n)}</TableCell>
            {ROW_FIELDS.map((f) => (
              <TableCell key={f} sx={{ minWidth: 110 }}>
                <TextField
                  size="small"
                  variant="standard"
                  value={r.values[f]}
                  error={bad.has(`rows.${i}.${f}`)}
                  onChange={(e) => setCell(i, f, e.target.value)}
                  slotProps={{
                    htmlInput: {
                      readOnly: !editable,
                      'aria-label': `${r.specialtyCode} ${formName(r.educationForm, i18n)}: ${t(HEADINGS[f])}`,
                    },
                  }}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
