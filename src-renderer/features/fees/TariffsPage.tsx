import {
  Button,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { TARIFF_EDITORS, type TariffSummary } from '../../../src-shared/contract/fees';
import { educationYearOf, shiftEducationYear } from '../../../src-shared/domain/fees-tariff';
import { formatDate } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import type { ShellDef } from '../../shells/shells';
import { PageHeader } from '../../ui/PageHeader';
import { FeeError } from './FeeError';
import { TariffEditor } from './TariffEditor';
import type { AppErrorShape } from '../../../src-shared/errors';

function StatusChips({ item }: { item: TariffSummary }) {
  const { t } = useI18n();
  return (
    <Stack direction="row" spacing={0.5}>
      <Chip
        size="small"
        label={t(`fees.status.${item.status}`)}
        color={item.status === 'draft' ? 'default' : 'primary'}
        variant="outlined"
      />
      {item.inForce && <Chip size="small" label={t('fees.status.inForce')} color="success" />}
    </Stack>
  );
}

/** Tariff tables by academic year: the versions with their status, and the chosen one in the editor. */
export function TariffsPage(_props: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const canEdit = TARIFF_EDITORS.includes(user.role);
  const current = educationYearOf(new Date().toISOString().slice(0, 10));
  const [year, setYear] = useState(current);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const list = useQuery('fees.tariffs', { educationYear: year });
  const items = list.data?.items ?? [];
  const years = [...new Set([...(list.data?.years ?? []), ...[-1, 0, 1].map((by) => shiftEducationYear(current, by))])]
    .sort()
    .reverse();
  const shown = items.find((i) => i.id === selected) ?? items.find((i) => i.inForce) ?? items[0];

  async function create(copy: boolean) {
    const res = await call('fees.createDraft', { educationYear: year, copy, mode: 'sum' });
    setError(res.ok ? null : res.error);
    if (res.ok) {
      setSelected(res.data.id);
      list.reload();
    }
  }

  return (
    <>
      <PageHeader
        title={t('fees.tariffs.title')}
        intro={t('fees.tariffs.intro')}
        actions={
          canEdit && (
            <>
              <Button variant="contained" onClick={() => void create(true)} title={t('fees.tariffs.newVersionHint')}>
                {t('fees.tariffs.newVersion')}
              </Button>
              <Button onClick={() => void create(false)}>{t('fees.tariffs.newEmpty')}</Button>
            </>
          )
        }
      />
      <TextField
        fullWidth={false}
        select
        size="small"
        label={t('fees.tariffs.year')}
        value={year}
        onChange={(e) => {
          setYear(e.target.value);
          setSelected(null);
        }}
        sx={{ minWidth: 180, mb: 2 }}
      >
        {years.map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
      <FeeError error={error ?? list.error} />
      {items.length === 0 && !list.loading ? (
        <p>{t('fees.tariffs.none')}</p>
      ) : (
        <Table size="small" data-testid="tariff-versions" sx={{ mb: 2 }} aria-label={t('fees.tariffs.versions')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('fees.tariffs.versions')}</TableCell>
              <TableCell />
              <TableCell>{t('fees.tariffs.mode')}</TableCell>
              <TableCell />
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow
                key={item.id}
                hover
                selected={item.id === shown?.id}
                onClick={() => setSelected(item.id)}
                sx={{ cursor: 'pointer' }}
              >
                <TableCell>
                  <Button size="small" onClick={() => setSelected(item.id)}>
                    {item.label}
                  </Button>
                </TableCell>
                <TableCell>
                  <StatusChips item={item} />
                </TableCell>
                <TableCell>{t(`fees.mode.${item.mode}`)}</TableCell>
                <TableCell>{t('fees.tariffs.rowCount', { count: item.rowCount })}</TableCell>
                <TableCell>
                  {item.publishedBy &&
                    t('fees.tariffs.publishedBy', { by: item.publishedBy, date: formatDate(item.publishedAt) })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {shown && (
        <TariffEditor
          key={shown.id}
          id={shown.id}
          canEdit={canEdit}
          onChanged={(deletedId) => {
            if (deletedId) setSelected(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}
