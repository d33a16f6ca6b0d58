import Add from '@mui/icons-material/Add';
import Edit from '@mui/icons-material/Edit';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import {
  Button,
  Chip,
  FormControlLabel,
  IconButton,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ChannelOutput } from '../../../src-shared/contract';
import { educationYearName, educationYearOf } from '../../../src-shared/domain/structure-codes';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useFieldErrors } from '../../ui/field-errors';
import { mayEditStructure, yearLabel } from './codes';
import { FormDialog } from './FormDialog';
import { sortYears } from './staff';

type Year = ChannelOutput<'structure.educationYears'>[number];

const FIELDS = ['code', 'name', 'current'];

/** A new academic year (its starting year is its code) or the name and current flag of one. */
function YearDialog({
  year,
  known,
  onClose,
  onSaved,
}: {
  year: Year | null;
  known: readonly Year[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const save = useMutation('structure.saveEducationYear');
  const field = useFieldErrors(save.error);
  // The current academic year on an empty list, else the one after the newest (what an office adds in summer).
  const now = Number(educationYearOf(new Date().toISOString().slice(0, 10)));
  const next = String(Math.max(now - 1, ...known.map((y) => Number(y.code))) + 1);
  const [code, setCode] = useState(year?.code ?? next);
  const [name, setName] = useState(year?.name ?? '');
  const [current, setCurrent] = useState(year?.current ?? false);
  const exists = !year && known.some((y) => y.code === code.trim());
  const codeField = field('code', exists ? t('structure.year.exists') : t('structure.year.codeHint'));
  return (
    <FormDialog
      open
      title={year ? t('structure.year.edit', { year: yearLabel(year.code) }) : t('structure.year.add')}
      error={save.error}
      fields={FIELDS}
      busy={save.busy}
      onClose={onClose}
      onSubmit={async () => {
        if (exists) return; // saving would quietly rename the year that has this code
        const res = await save.run({ code: code.trim(), name: name.trim(), current });
        if (res.ok) {
          notify(t('common.saved'));
          onSaved();
        }
      }}
    >
      <TextField
        size="small"
        name="code"
        label={t('structure.year.code')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        disabled={year !== null}
        autoFocus={year === null}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
        {...codeField}
        error={codeField.error || exists}
      />
      <TextField
        size="small"
        name="name"
        label={t('structure.year.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoFocus={year !== null}
        placeholder={/^\d{4}$/.test(code.trim()) ? educationYearName(code.trim()) : undefined}
        {...field('name', t('structure.year.nameHint'))}
      />
      <FormControlLabel
        control={<Switch name="current" checked={current} onChange={(e) => setCurrent(e.target.checked)} />}
        label={t('structure.year.currentLabel')}
      />
    </FormDialog>
  );
}

/**
 * The academic years the curricula, semesters and subject assignments name, newest first. One is
 * current: marking another current clears the flag of the old one (in the same command).
 */
export function AcademicYearsPage(_props: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const canEdit = mayEditStructure(user.role);
  const years = useQuery('structure.educationYears', {});
  const save = useMutation('structure.saveEducationYear');
  const [editing, setEditing] = useState<{ year: Year | null } | null>(null);
  const list = sortYears(years.data ?? []);

  const makeCurrent = async (y: Year) => {
    const res = await save.run({ code: y.code, name: y.name, current: true });
    if (res.ok) {
      notify(t('structure.year.madeCurrent', { year: yearLabel(y.code) }));
      years.reload();
    }
  };

  return (
    <>
      <PageHeader
        title={t('structure.years.title')}
        intro={t('structure.years.intro')}
        actions={
          canEdit && (
            <Button
              variant="contained"
              startIcon={<Add />}
              onClick={() => setEditing({ year: null })}
              data-testid="year-add"
            >
              {t('structure.year.add')}
            </Button>
          )
        }
      />
      <ErrorAlert error={years.error ?? save.error} />
      <Table size="small" aria-label={t('structure.years.title')} data-testid="years-table">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 280 }}>{t('structure.year.code')}</TableCell>
            <TableCell>{t('structure.year.status')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {list.map((y) => (
            <TableRow key={y.code} hover data-testid="year-row" data-year={y.code} selected={y.current}>
              <TableCell>
                <Typography
                  variant="body2"
                  sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: y.current ? 600 : undefined }}
                >
                  {yearLabel(y.code)}
                </Typography>
                {/* A name of its own (HEMIS's or the office's) under the years; the usual `2026-2027` is not repeated. */}
                {y.name !== educationYearName(y.code) && (
                  <Typography variant="caption" color="text.secondary">
                    {y.name}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {y.current && (
                  <Chip size="small" color="primary" label={t('structure.year.current')} data-testid="year-current" />
                )}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {canEdit && !y.current && (
                  <Button
                    size="small"
                    startIcon={<EventAvailableOutlined />}
                    disabled={save.busy}
                    onClick={() => void makeCurrent(y)}
                    data-testid="year-make-current"
                  >
                    {t('structure.year.makeCurrent')}
                  </Button>
                )}
                {canEdit && (
                  <Tooltip title={t('common.edit')}>
                    <IconButton size="small" aria-label={t('common.edit')} onClick={() => setEditing({ year: y })}>
                      <Edit fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
              </TableCell>
            </TableRow>
          ))}
          {years.data?.length === 0 && (
            <TableRow>
              <TableCell colSpan={3}>{t('structure.years.empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {editing && (
        <YearDialog
          year={editing.year}
          known={list}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            years.reload();
          }}
        />
      )}
    </>
  );
}
