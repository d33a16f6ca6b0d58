import { Autocomplete, Button, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { mayEditStructure } from './codes';
import { PlacementStudents } from './PlacementStudents';
import { PlanDialog } from './PlanDialog';
import { StructureImport } from './StructureImport';
import { SubjectAssignDialog } from './SubjectAssignDialog';

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
export function GroupsPage({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  // Order writers take the selection (or the whole group) into a new order: the move is formalised there.
  const newOrder = pagePath(shell, user.role, 'orderNew');
  const canEdit = mayEditStructure(user.role);
  const groups = useQuery('structure.groups', {});
  const [source, setSource] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState(true);
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<'assign' | 'move' | 'subjects' | null>(null);
  const students = useQuery(
    'structure.students',
    unplaced ? { unplaced: true, query } : source ? { groupId: source, query } : { query, limit: 1 },
  );
  const list = useMemo(() => (unplaced || source ? (students.data ?? []) : []), [students.data, unplaced, source]);
  const options = (groups.data ?? [])
    .filter((g) => g.active)
    .map((g) => ({ id: g.id, name: g.name, course: g.course }));
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
      <PageHeader
        title={t('structure.groups.title')}
        intro={t('structure.groups.intro')}
        actions={canEdit && <StructureImport initialKind="groups" onDone={() => groups.reload()} />}
      />
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
        <PlacementStudents
          list={list}
          selected={selected}
          onToggle={toggle}
          onSelectAll={(all) => setSelected(all ? new Set(list.map((s) => s.id)) : new Set())}
        />
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
            <Button
              variant="outlined"
              disabled={ids.length === 0 && (unplaced || !source)}
              onClick={() => setAction('subjects')}
              data-testid="bulk-subjects"
            >
              {t('structure.subjects.button')}
            </Button>
          </Stack>
        )}
        {newOrder && (
          <Button
            sx={{ mt: 2 }}
            startIcon={<NoteAddOutlined />}
            disabled={ids.length === 0}
            data-testid="order-for-selected"
            onClick={() => {
              const chosen = list.filter((s) => selected.has(s.id));
              const students = chosen.map((s) => ({
                id: s.id,
                fullName: s.name,
                studentIdNumber: s.studentIdNumber,
                groupName: s.group,
                course: s.course,
                status: s.status,
              }));
              void navigate(newOrder, { state: { students } });
            }}
          >
            {t('orders.fromSelection', { count: ids.length })}
          </Button>
        )}
      </SectionCard>
      {action === 'subjects' && (
        <SubjectAssignDialog
          studentIds={ids}
          groupId={unplaced ? null : source}
          curriculumId={groups.data?.find((g) => g.id === (unplaced ? target : source))?.curriculumId ?? null}
          onClose={() => setAction(null)}
        />
      )}
      {(action === 'assign' || action === 'move') && target && (
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
