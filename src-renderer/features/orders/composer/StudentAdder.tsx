import GroupAddOutlined from '@mui/icons-material/GroupAddOutlined';
import { Autocomplete, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { StudentListItem } from '../../../../src-shared/contract/students';
import { call } from '../../../api/client';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { codeName } from '../../students/classifiers';
import type { StudentRef } from './composer-state';

const refOfSearch = (s: StudentListItem): StudentRef => ({
  id: s.id,
  fullName: `${s.lastName} ${s.firstName} ${s.patronymic}`.trim(),
  studentIdNumber: s.studentIdNumber,
  groupName: s.group,
  course: s.course,
  status: s.status,
});

/**
 * Adds students to the order: one found as the counter finds them (name in any script, ID, PINFL), or a
 * whole group at once (its current students, by name).
 */
export function StudentAdder({ onAdd }: { onAdd(students: StudentRef[]): void }) {
  const { t, tOr, tKey } = useI18n();
  const notify = useNotify();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<StudentRef[]>([]);
  const groups = useQuery('students.groups', {});
  const [groupId, setGroupId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    if (query.trim().length < 2) return;
    let live = true;
    // One request per typing burst, not per key.
    const timer = setTimeout(() => {
      void call('students.search', { query, limit: 15 }).then((res) => {
        if (live && res.ok) setOptions(res.data.items.map(refOfSearch));
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  async function addGroup() {
    if (!groupId) return;
    setAdding(true);
    const res = await call('structure.students', { groupId, limit: 2000 });
    setAdding(false);
    if (!res.ok) return notify(tKey(res.error.key, res.error.params), 'error');
    onAdd(
      res.data.map((s) => ({
        id: s.id,
        fullName: s.name,
        studentIdNumber: s.studentIdNumber,
        groupName: s.group,
        course: s.course,
        status: s.status,
      })),
    );
    setGroupId(null);
  }

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} alignItems={{ md: 'center' }}>
      <Autocomplete
        size="small"
        sx={{ flex: '2 1 360px' }}
        options={options}
        value={null}
        inputValue={query}
        filterOptions={(o) => o}
        getOptionLabel={(s) => s.fullName}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        onChange={(_e, s) => {
          if (s) onAdd([s]);
          setQuery('');
          setOptions([]);
        }}
        onInputChange={(_e, v, reason) => reason !== 'reset' && setQuery(v)}
        noOptionsText={query.trim().length < 2 ? t('orders.compose.searchHint') : t('orders.compose.nobody')}
        renderOption={({ key, ...props }, s) => (
          <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1.5, alignItems: 'baseline' }}>
            <Typography fontWeight={600}>{s.fullName}</Typography>
            <Typography variant="body2" color="text.secondary" noWrap>
              {[s.groupName, s.studentIdNumber, codeName(tOr, 'status', s.status)].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('orders.compose.addStudent')}
            slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'order-student-search' } }}
          />
        )}
      />
      <Autocomplete
        size="small"
        sx={{ flex: '1 1 240px' }}
        options={groups.data ?? []}
        getOptionLabel={(g) => `${g.name} · ${g.faculty}`}
        value={(groups.data ?? []).find((g) => g.id === groupId) ?? null}
        onChange={(_e, g) => setGroupId(g?.id ?? null)}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('orders.compose.group')}
            slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'order-group' } }}
          />
        )}
      />
      <Button
        startIcon={<GroupAddOutlined />}
        disabled={!groupId || adding}
        onClick={() => void addGroup()}
        data-testid="order-add-group"
        sx={{ flexShrink: 0 }}
      >
        {t('orders.compose.addGroup')}
      </Button>
    </Stack>
  );
}
