import Add from '@mui/icons-material/Add';
import Edit from '@mui/icons-material/Edit';
import {
  Box,
  Button,
  Grid,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
} from '@mui/material';
import { useState } from 'react';
import type { Department, Group, Specialty } from '../../../src-shared/contract/structure';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { codeName } from '../students/classifiers';
import { mayEditStructure } from './codes';
import { DepartmentDialog } from './DepartmentDialog';
import { DepartmentTree } from './DepartmentTree';
import { GroupDialog } from './GroupDialog';
import { SpecialtyDialog } from './SpecialtyDialog';
import { StructureImport } from './StructureImport';

type Editing =
  | { kind: 'department'; value: Partial<Department> }
  | { kind: 'specialty'; value: Partial<Specialty> }
  | { kind: 'group'; value: Partial<Group> }
  | null;

/** Faculties and departments as a tree, with the specialties and groups of the chosen one. */
export function StructurePage(_props: { shell: ShellDef }) {
  const { t, tOr } = useI18n();
  const { user } = useUser();
  const canEdit = mayEditStructure(user.role);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const departments = useQuery('structure.departments', {});
  const specialties = useQuery('structure.specialties', selected ? { departmentId: selected } : {});
  const groups = useQuery('structure.groups', selected ? { departmentId: selected } : {});
  const all = departments.data ?? [];
  const faculties = all.filter((d) => d.structureType === '11');
  const done = () => {
    setEditing(null);
    departments.reload();
    specialties.reload();
    groups.reload();
  };
  const editButton = (label: string, onClick: () => void) =>
    canEdit && (
      <Tooltip title={label}>
        <IconButton size="small" aria-label={label} onClick={onClick}>
          <Edit fontSize="small" />
        </IconButton>
      </Tooltip>
    );
  const addButton = (label: string, onClick: () => void, testId: string) =>
    canEdit && (
      <Button size="small" startIcon={<Add />} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    );

  return (
    <>
      <PageHeader
        title={t('structure.page.title')}
        intro={t('structure.page.intro')}
        actions={canEdit && <StructureImport onDone={done} />}
      />
      <ErrorAlert error={departments.error ?? specialties.error ?? groups.error} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <SectionCard title={t('structure.department.title')}>
            <Box sx={{ mb: 1 }}>
              {addButton(
                t('structure.department.add'),
                () => setEditing({ kind: 'department', value: { parentId: selected } }),
                'department-add',
              )}
            </Box>
            <DepartmentTree
              departments={all}
              selected={selected}
              onSelect={setSelected}
              onEdit={canEdit ? (d) => setEditing({ kind: 'department', value: d }) : undefined}
            />
          </SectionCard>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <SectionCard title={t('structure.specialty.title')}>
              {addButton(
                t('structure.specialty.add'),
                () => setEditing({ kind: 'specialty', value: { departmentId: selected ?? undefined } }),
                'specialty-add',
              )}
              <Table size="small" aria-label={t('structure.specialty.title')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('structure.field.code')}</TableCell>
                    <TableCell>{t('structure.field.nameUzLatn')}</TableCell>
                    <TableCell>{t('structure.field.educationType')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {(specialties.data ?? []).map((s) => (
                    <TableRow key={s.id} hover>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{s.code}</TableCell>
                      <TableCell>{s.nameUzLatn}</TableCell>
                      <TableCell>{codeName(tOr, 'educationType', s.educationType)}</TableCell>
                      <TableCell align="right">
                        {editButton(t('common.edit'), () => setEditing({ kind: 'specialty', value: s }))}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </SectionCard>
            <SectionCard title={t('structure.group.title')}>
              {addButton(
                t('structure.group.add'),
                () => setEditing({ kind: 'group', value: { departmentId: selected ?? undefined } }),
                'group-add',
              )}
              <Table size="small" aria-label={t('structure.group.title')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('structure.field.groupName')}</TableCell>
                    <TableCell>{t('structure.field.specialty')}</TableCell>
                    <TableCell>{t('structure.field.curriculum')}</TableCell>
                    <TableCell align="right">{t('structure.field.course')}</TableCell>
                    <TableCell align="right">{t('structure.group.students')}</TableCell>
                    <TableCell>{t('structure.field.tutor')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {(groups.data ?? []).map((g) => (
                    <TableRow key={g.id} hover sx={{ opacity: g.active ? 1 : 0.5 }}>
                      <TableCell>{g.name}</TableCell>
                      <TableCell>{g.specialty}</TableCell>
                      <TableCell>{g.curriculum ?? '—'}</TableCell>
                      <TableCell align="right">{g.course}</TableCell>
                      <TableCell align="right">{g.students}</TableCell>
                      <TableCell>{g.tutor ?? '—'}</TableCell>
                      <TableCell align="right">
                        {editButton(t('common.edit'), () => setEditing({ kind: 'group', value: g }))}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </SectionCard>
          </Stack>
        </Grid>
      </Grid>
      {editing?.kind === 'department' && (
        <DepartmentDialog
          department={editing.value}
          departments={all}
          onClose={() => setEditing(null)}
          onSaved={done}
        />
      )}
      {editing?.kind === 'specialty' && (
        <SpecialtyDialog
          specialty={editing.value}
          faculties={faculties.length ? faculties : all}
          onClose={() => setEditing(null)}
          onSaved={done}
        />
      )}
      {editing?.kind === 'group' && (
        <GroupDialog
          group={editing.value}
          faculties={faculties.length ? faculties : all}
          onClose={() => setEditing(null)}
          onSaved={done}
        />
      )}
    </>
  );
}
