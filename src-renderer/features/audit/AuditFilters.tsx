import FilterAltOffOutlined from '@mui/icons-material/FilterAltOffOutlined';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import type { ChannelOutput } from '../../../src-shared/contract';
import { useI18n } from '../../app/i18n';
import { DateField } from '../../ui/DateField';

export interface AuditFilterValues {
  actor: string;
  from: string;
  to: string;
  entity: string;
  command: string;
}

export const NO_FILTERS: AuditFilterValues = { actor: '', from: '', to: '', entity: '', command: '' };

/** Actor, date range, table and action; the choices come from what the log actually holds. */
export function AuditFilters({
  value,
  onChange,
  facets,
}: {
  value: AuditFilterValues;
  onChange(value: AuditFilterValues): void;
  facets: ChannelOutput<'audit.facets'> | undefined;
}) {
  const { t, tOr } = useI18n();
  const set = (name: keyof AuditFilterValues) => (e: { target: { value: string } }) =>
    onChange({ ...value, [name]: e.target.value });
  const select = (name: 'actor' | 'entity' | 'command', options: string[], label: (o: string) => string) => (
    <TextField
      select
      value={value[name]}
      onChange={set(name)}
      sx={{ minWidth: 180, flex: 1 }}
      name={name}
      label={t(`audit.filter.${name}`)}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">
        <em>{t('common.all')}</em>
      </MenuItem>
      {options.map((o) => (
        <MenuItem key={o} value={o}>
          {label(o)}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" alignItems="center" data-testid="audit-filters">
      {select('actor', facets?.actors ?? [], (o) => o)}
      <DateField
        name="from"
        label={t('audit.filter.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        sx={{ width: 150 }}
      />
      <DateField
        name="to"
        label={t('audit.filter.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        sx={{ width: 150 }}
      />
      {select('entity', facets?.entities ?? [], (o) => tOr(`entity.${o}`, o))}
      {select('command', facets?.commands ?? [], (o) => tOr(`command.${o}`, o))}
      <Button
        color="inherit"
        startIcon={<FilterAltOffOutlined />}
        onClick={() => onChange(NO_FILTERS)}
        disabled={Object.values(value).every((v) => v === '')}
      >
        {t('audit.filter.clear')}
      </Button>
    </Stack>
  );
}
