import Add from '@mui/icons-material/Add';
import Edit from '@mui/icons-material/Edit';
import {
  Alert,
  Button,
  Chip,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import type { Employee } from '../../../src-shared/contract/structure';
import { EMPLOYEE_KINDS } from '../../../src-shared/domain/structure-codes';
import { formatUzPhone } from '../../../src-shared/domain/phone';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { CodeSelect } from './CodeSelect';
import { mayEditStructure } from './codes';
import { EmployeeDialog } from './EmployeeDialog';
import { employeeName, filterByDepartment } from './staff';

type Kind = (typeof EMPLOYEE_KINDS)[number];
/** What `structure.employees` returns at most: past it, the search narrows the list. */
const LIST_LIMIT = 500;

/**
 * Teachers and staff (tutors of groups, lecturers of grades, deans): searched by name or ID,
 * filtered by department (a faculty takes its chairs) and kind. HEMIS fills most of them; the
 * office adds the ones HEMIS does not know yet.
 */
export function EmployeesPage(_props: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const canEdit = mayEditStructure(user.role);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const [departmentId, setDepartmentId] = useState('');
  const [editing, setEditing] = useState<Partial<Employee> | null>(null);
  const departments = useQuery('structure.departments', {});
  const employees = useQuery('structure.employees', kind === 'all' ? { query } : { query, kind });
  const all = useMemo(() => departments.data ?? [], [departments.data]);
  const names = useMemo(() => new Map(all.map((d) => [d.id, d.nameUzLatn])), [all]);
  const list = useMemo(
    () => filterByDepartment(employees.data ?? [], all, departmentId),
    [employees.data, all, departmentId],
  );
  const truncated = (employees.data?.length ?? 0) >= LIST_LIMIT;

  return (
    <>
      <PageHeader
        title={t('structure.employees.title')}
        intro={t('structure.employees.intro')}
        actions={
          canEdit && (
            <Button
              variant="contained"
              startIcon={<Add />}
              onClick={() => setEditing({ departmentId: departmentId || null })}
              data-testid="employee-add"
            >
              {t('structure.employee.add')}
            </Button>
          )
        }
      />
      <ErrorAlert error={employees.error ?? departments.error} />
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 2 }}>
        <TextField
          size="small"
          sx={{ width: 280 }}
          name="employeeSearch"
          type="search"
          label={t('common.search')}
          placeholder={t('structure.employees.searchHint')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <CodeSelect
          sx={{ width: 320 }}
          fullWidth={false}
          name="departmentFilter"
          label={t('structure.employee.department')}
          value={departmentId}
          onChange={setDepartmentId}
          emptyLabel={t('common.all')}
          options={all.map((d) => ({ value: d.id, label: `${d.code} ${d.nameUzLatn}` }))}
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        />
        <ToggleButtonGroup
          size="small"
          exclusive
          value={kind}
          onChange={(_e, v: Kind | 'all' | null) => v && setKind(v)}
          aria-label={t('structure.employee.kind')}
          sx={{ height: 40 }}
        >
          <ToggleButton value="all">{t('common.all')}</ToggleButton>
          {EMPLOYEE_KINDS.map((k) => (
            <ToggleButton key={k} value={k}>
              {t(`structure.employee.kinds.${k}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary" data-testid="employee-count">
          {t('structure.employees.count', { count: list.length })}
        </Typography>
      </Stack>
      {truncated && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('structure.employees.truncated', { max: LIST_LIMIT })}
        </Alert>
      )}
      <Table size="small" aria-label={t('structure.employees.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('structure.employee.name')}</TableCell>
            <TableCell>{t('structure.employee.department')}</TableCell>
            <TableCell>{t('structure.employee.position')}</TableCell>
            <TableCell>{t('structure.employee.kind')}</TableCell>
            <TableCell>{t('structure.employee.phone')}</TableCell>
            <TableCell>{t('structure.employee.status')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {list.map((e) => (
            <TableRow key={e.id} hover data-testid="employee-row" sx={{ opacity: e.active ? 1 : 0.6 }}>
              <TableCell>
                <Typography variant="body2" fontWeight={500}>
                  {employeeName(e)}
                </Typography>
                {e.employeeIdNumber && (
                  <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                    {e.employeeIdNumber}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{(e.departmentId && names.get(e.departmentId)) || '—'}</TableCell>
              <TableCell>{e.position || '—'}</TableCell>
              <TableCell>{t(`structure.employee.kind.${e.kind === 'employee' ? 'employee' : 'teacher'}`)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.phone ? formatUzPhone(e.phone) : '—'}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  color={e.active ? 'success' : 'default'}
                  label={e.active ? t('structure.employee.active') : t('structure.employee.inactive')}
                />
              </TableCell>
              <TableCell align="right">
                {canEdit && (
                  <Tooltip title={t('common.edit')}>
                    <IconButton size="small" aria-label={t('common.edit')} onClick={() => setEditing(e)}>
                      <Edit fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
              </TableCell>
            </TableRow>
          ))}
          {employees.data && list.length === 0 && (
            <TableRow>
              <TableCell colSpan={7}>
                {query || departmentId || kind !== 'all'
                  ? t('structure.employees.noMatch')
                  : t('structure.employees.empty')}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {editing && (
        <EmployeeDialog
          employee={editing}
          departments={all}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            employees.reload();
          }}
        />
      )}
    </>
  );
}
