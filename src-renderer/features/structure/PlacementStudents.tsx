import { Checkbox, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ChannelOutput } from '../../../src-shared/contract';
import { useI18n } from '../../app/i18n';

type Student = ChannelOutput<'structure.students'>[number];

/** The students to pick from, with a select-all box; a click on a row toggles it. */
export function PlacementStudents({
  list,
  selected,
  onToggle,
  onSelectAll,
}: {
  list: Student[];
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onSelectAll(all: boolean): void;
}) {
  const { t } = useI18n();
  const allChecked = list.length > 0 && list.every((s) => selected.has(s.id));
  const some = list.some((s) => selected.has(s.id));
  return (
    <Table size="small" aria-label={t('structure.groups.students')} data-testid="placement-students">
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <Checkbox
              checked={allChecked}
              indeterminate={!allChecked && some}
              onChange={() => onSelectAll(!allChecked)}
              slotProps={{ input: { 'aria-label': t('structure.groups.selectAll') } }}
            />
          </TableCell>
          <TableCell>{t('structure.bulk.student')}</TableCell>
          <TableCell>{t('structure.groups.studentId')}</TableCell>
          <TableCell>{t('structure.bulk.from')}</TableCell>
          <TableCell align="right">{t('structure.field.course')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {list.map((s) => (
          <TableRow
            key={s.id}
            data-testid="placement-student"
            hover
            selected={selected.has(s.id)}
            onClick={() => onToggle(s.id)}
            sx={{ cursor: 'pointer' }}
          >
            <TableCell padding="checkbox">
              <Checkbox checked={selected.has(s.id)} slotProps={{ input: { 'aria-label': s.name } }} />
            </TableCell>
            <TableCell>{s.name}</TableCell>
            <TableCell>{s.studentIdNumber ?? '—'}</TableCell>
            <TableCell>{s.group ?? '—'}</TableCell>
            <TableCell align="right">{s.course ?? '—'}</TableCell>
          </TableRow>
        ))}
        {list.length === 0 && (
          <TableRow>
            <TableCell colSpan={5} sx={{ color: 'text.secondary' }}>
              {t('structure.groups.noStudents')}
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
