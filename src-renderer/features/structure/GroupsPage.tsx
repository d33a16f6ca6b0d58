import {
  Autocomplete,
  Button,
  Checkbox,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { mayEditStructure } from './codes';
import { PlanDialog } from './PlanDialog';

type GroupOption = { id: string; name: string; course: number };

function GroupPick({
  label,
  name,
  groups,
  value,
  onChange,
}: {
  label: string;
  name: string;
  groups: GroupOption[];
  value: string | null;
  onChange(id: string | null): void;
}) {
  return (
    <Autocomplete
      sx={{ minWidth: 260 }}
      size="small"
      autoHighlight
      options={groups}
      value={groups.find((g) => g.id === value) ?? null}
      onChange={(_e, g) => onChange(g?.id ?? null)}
      getOptionLabel={(g) => g.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => <TextField {...params} name={name} label={label} />}
    />
  );
}

/**
 * Groups and their students, with the bulk actions: pick students (of a group, or not placed
 * yet), pick a target group, preview, apply. Assigning places students without a group; moving
 * changes the group and records a movement an order formalises later.
 */
export function GroupsPage(_props: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const canEdit = mayEditStructure(user.role);
  const groups = useQuery('structure.groups', {});
  const [source, setSource] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState(true);
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<'assign' | 'move' | null>(null);
  const students = useQuery(
    'structure.students',
    unplaced ? { unplaced: true, query } : source ? { groupId: source, query } : { query, limit: 1 },
  );
  const list = useMemo(() => (unplaced || source ? (students.data ?? []) : []), [students.data, unplaced, source]);
  const options = (groups.data ?? [])
    .filter((g) => g.active)
    .map((g) => ({ id: g.id, name: g.name, course: g.course }));
  const allChecked = list.length > 0 && list.every((s) => selected.has(s.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const ids = [...selected].filter((id) => list.some((s) => s.id === id));

  return (
    <>
      <PageHeader title={t('structure.groups.title')} intro={t('structure.groups.intro')} />
      <ErrorAlert error={groups.error ?? students.error} />
      <SectionCard title={t('structure.groups.students')}>
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }} alignItems="center">
          <ToggleButtonGroup
            size="small"
            exclusive
            value={unplaced ? 'unplaced' : 'group'}
            onChange={(_e, v: string | null) => {
              if (!v) return;
              setUnplaced(v === 'unplaced');
              setSelected(new Set());
            }}
          >
            <ToggleButton value="unplaced">{t('structure.groups.unplaced')}</ToggleButton>
            <ToggleButton value="group">{t('structure.groups.ofGroup')}</ToggleButton>
          </ToggleButtonGroup>
          {!unplaced && (
            <GroupPick
              name="sourceGroup"
              label={t('structure.groups.source')}
              groups={options}
              value={source}
              onChange={(g) => (setSource(g), setSelected(new Set()))}
            />
          )}
          <TextField
            size="small"
            sx={{ width: 280 }}
            label={t('common.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </Stack>
        <Table size="small" aria-label={t('structure.groups.students')} data-testid="placement-students">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={allChecked}
                  indeterminate={!allChecked && ids.length > 0}
                  onChange={() => setSelected(allChecked ? new Set() : new Set(list.map((s) => s.id)))}
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
                onClick={() => toggle(s.id)}
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
        {canEdit && (
          <Stack direction="row" spacing={2} sx={{ mt: 2 }} alignItems="center" useFlexGap flexWrap="wrap">
            <GroupPick
              name="targetGroup"
              label={t('structure.groups.target')}
              groups={options}
              value={target}
              onChange={setTarget}
            />
            <Button
              variant="contained"
              disabled={!target || ids.length === 0}
              onClick={() => setAction('assign')}
              data-testid="bulk-assign"
            >
              {t('structure.bulk.assign', { count: ids.length })}
            </Button>
            <Button
              variant="outlined"
              disabled={!target || ids.length === 0}
              onClick={() => setAction('move')}
              data-testid="bulk-move"
            >
              {t('structure.bulk.move', { count: ids.length })}
            </Button>
          </Stack>
        )}
      </SectionCard>
      {action && target && (
        <PlanDialog
          mode={action}
          studentIds={ids}
          groupId={target}
          onClose={() => setAction(null)}
          onApplied={() => {
            setAction(null);
            setSelected(new Set());
            students.reload();
            groups.reload();
          }}
        />
      )}
    </>
  );
}
