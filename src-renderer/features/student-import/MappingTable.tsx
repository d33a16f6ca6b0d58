import {
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { STUDENT_IMPORT_FIELDS, type StudentImportField } from '../../../src-shared/domain/student-headers';
import { useI18n } from '../../app/i18n';
import { columnLetter, sampleValues, type Cell, type MappingColumn } from './mapping';
import { fieldLabel } from './report-rows';

interface Props {
  columns: readonly MappingColumn[];
  sample: readonly { cells: readonly Cell[] }[];
  disabled?: boolean;
  onChange(index: number, field: StudentImportField | null): void;
}

/** Step 2: each column of the file with its header, sample values and the field it fills (or "ignore"). */
export function MappingTable({ columns, sample, disabled, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const owner = new Map(columns.flatMap((c) => (c.field ? [[c.field, c.index] as const] : [])));

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" data-testid="mapping-table">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 72 }}>{t('importWizard.mapping.column')}</TableCell>
            <TableCell sx={{ width: '24%' }}>{t('importWizard.mapping.header')}</TableCell>
            <TableCell>{t('importWizard.mapping.sample')}</TableCell>
            <TableCell sx={{ width: 300 }}>{t('importWizard.mapping.field')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {columns.map((c) => {
            const values = sampleValues(sample, c.index);
            return (
              <TableRow key={c.index} data-testid="mapping-row" data-column={c.index} data-field={c.field ?? ''}>
                <TableCell sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>{columnLetter(c.index)}</TableCell>
                <TableCell sx={{ fontWeight: c.field ? 600 : 400 }}>
                  {c.header.trim() || (
                    <Typography component="span" variant="body2" color="text.disabled">
                      {t('importWizard.mapping.noHeader')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ color: c.field ? 'text.primary' : 'text.secondary', maxWidth: 0 }}>
                  <Typography variant="body2" noWrap title={values.join(' · ')}>
                    {values.join(' · ')}
                  </Typography>
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    disabled={disabled}
                    value={c.field ?? ''}
                    name={`field-${c.index}`}
                    onChange={(e) => onChange(c.index, (e.target.value || null) as StudentImportField | null)}
                    slotProps={{
                      htmlInput: { 'aria-label': `${columnLetter(c.index)} ${c.header}`.trim() },
                      select: { displayEmpty: true },
                    }}
                  >
                    <MenuItem value="">
                      <Typography component="span" color="text.secondary">
                        {t('importWizard.mapping.ignore')}
                      </Typography>
                    </MenuItem>
                    {STUDENT_IMPORT_FIELDS.map((field) => {
                      const holder = owner.get(field);
                      return (
                        <MenuItem key={field} value={field}>
                          {fieldLabel(i18n, field)}
                          {holder !== undefined && holder !== c.index && (
                            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                              ({columnLetter(holder)})
                            </Typography>
                          )}
                        </MenuItem>
                      );
                    })}
                  </TextField>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
