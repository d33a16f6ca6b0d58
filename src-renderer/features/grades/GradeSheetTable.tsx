import { Chip, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useRef, type KeyboardEvent } from 'react';
import type { ChannelOutput } from '../../../src-shared/contract';
import { useI18n } from '../../app/i18n';
import { formatScore } from './grade-format';

type SheetStudent = ChannelOutput<'grades.sheet'>['students'][number];

interface Props {
  students: SheetStudent[];
  values: Record<string, string>;
  errors: Record<string, string>;
  /** Whether a student's cell takes a new value on this sheet (nothing recorded, or a re-sit of a debt). */
  editable(s: SheetStudent): boolean;
  onChange(studentId: string, value: string): void;
}

/**
 * The record sheet (qaydnoma) as a table: one input per student, typed top to bottom without the
 * mouse: Enter or ↓ moves to the next student, ↑ to the previous one.
 */
export function GradeSheetTable({ students, values, errors, editable, onChange }: Props) {
  const { t } = useI18n();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  function move(e: KeyboardEvent, index: number) {
    const step = e.key === 'Enter' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    for (let i = index + step; i >= 0 && i < students.length; i += step) {
      const next = inputs.current[i];
      if (next && !next.disabled) {
        next.focus();
        next.select();
        return;
      }
    }
  }

  return (
    <Table size="small" data-testid="grade-sheet">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 48 }}>№</TableCell>
          <TableCell>{t('grades.col.student')}</TableCell>
          <TableCell>{t('grades.col.idNumber')}</TableCell>
          <TableCell align="right">{t('grades.entry.recorded')}</TableCell>
          <TableCell sx={{ width: 200 }}>{t('grades.col.score')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {students.map((s, i) => {
          const recorded =
            s.recordId === null
              ? ''
              : s.totalPoint === null && s.grade === null
                ? t('grades.absent')
                : `${formatScore(s.totalPoint)} (${s.grade ?? '—'})`;
          return (
            <TableRow key={s.studentId} data-testid="grade-sheet-row">
              <TableCell>{i + 1}</TableCell>
              <TableCell>{s.name}</TableCell>
              <TableCell>{s.studentIdNumber ?? ''}</TableCell>
              <TableCell align="right">
                {recorded && (
                  <Chip
                    size="small"
                    variant="outlined"
                    color={s.grade !== null && s.grade >= 3 ? 'success' : 'warning'}
                    label={recorded}
                  />
                )}
              </TableCell>
              <TableCell sx={{ py: 0.5 }}>
                <TextField
                  size="small"
                  fullWidth
                  value={values[s.studentId] ?? ''}
                  onChange={(e) => onChange(s.studentId, e.target.value)}
                  onKeyDown={(e) => move(e, i)}
                  disabled={!editable(s)}
                  error={errors[s.studentId] !== undefined}
                  helperText={errors[s.studentId]}
                  inputRef={(el: HTMLInputElement | null) => {
                    inputs.current[i] = el;
                  }}
                  slotProps={{
                    htmlInput: {
                      'aria-label': `${t('grades.col.score')}: ${s.name}`,
                      'data-testid': 'grade-input',
                      inputMode: 'decimal',
                      autoComplete: 'off',
                    },
                  }}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
