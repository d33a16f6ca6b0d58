import Edit from '@mui/icons-material/Edit';
import { Chip, Grid, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { MarkingSystemInfo } from '../../../src-shared/contract/structure';
import { formatNumber } from '../../../src-shared/domain/format';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useFieldErrors } from '../../ui/field-errors';
import { SectionCard } from '../../ui/SectionCard';
import { structureCodeName } from './codes';
import { FormDialog } from './FormDialog';

const num = (s: string) => Number(s.replace(',', '.'));

/** Borders of one system as the office keeps them (DOMAIN §2.1): a score gets exactly one grade. */
function BordersDialog({ system, onClose }: { system: MarkingSystemInfo; onClose(): void }) {
  const { t, tOr } = useI18n();
  const notify = useNotify();
  const save = useMutation('structure.saveMarkingSystem');
  const field = useFieldErrors(save.error);
  const [rows, setRows] = useState(
    system.borders.map((b) => ({ grade: b.grade, min: String(b.min), max: String(b.max) })),
  );
  const [gpa, setGpa] = useState(String(system.gpaLimit));
  const [minimum, setMinimum] = useState(system.minimumLimit === null ? '' : String(system.minimumLimit));
  const fields = ['gpaLimit', 'minimumLimit', ...rows.flatMap((_r, i) => [`borders.${i}.min`, `borders.${i}.max`])];
  return (
    <FormDialog
      open
      title={structureCodeName(tOr, 'markingSystem', system.code)}
      error={save.error}
      fields={fields}
      busy={save.busy}
      onClose={onClose}
      onSubmit={async () => {
        const res = await save.run({
          code: system.code,
          name: system.name,
          gpaLimit: num(gpa),
          minimumLimit: minimum.trim() === '' ? null : num(minimum),
          borders: rows.map((r) => ({ grade: r.grade, min: num(r.min), max: num(r.max) })),
        });
        if (res.ok) {
          notify(t('common.saved'));
          onClose();
        }
      }}
    >
      {rows.map((r, i) => (
        <Grid container spacing={2} key={r.grade} alignItems="center">
          <Grid size={2}>
            <Typography fontWeight={600}>{r.grade}</Typography>
          </Grid>
          {(['min', 'max'] as const).map((side) => (
            <Grid size={5} key={side}>
              <TextField
                size="small"
                fullWidth
                name={`borders.${i}.${side}`}
                label={t(side === 'min' ? 'structure.marking.from' : 'structure.marking.to')}
                value={r[side]}
                onChange={(e) => setRows((all) => all.map((x, j) => (j === i ? { ...x, [side]: e.target.value } : x)))}
                {...field(`borders.${i}.${side}`)}
              />
            </Grid>
          ))}
        </Grid>
      ))}
      <TextField
        size="small"
        name="gpaLimit"
        label={t('structure.field.gpaLimit')}
        value={gpa}
        onChange={(e) => setGpa(e.target.value)}
        {...field('gpaLimit', t('structure.hint.gpaLimit'))}
      />
      <TextField
        size="small"
        name="minimumLimit"
        label={t('structure.marking.minimum')}
        value={minimum}
        onChange={(e) => setMinimum(e.target.value)}
        {...field('minimumLimit')}
      />
    </FormDialog>
  );
}

/** The institution's marking systems: borders per grade, pass lines; HEMIS's defaults until edited. */
export function MarkingSystemsCard({ canEdit }: { canEdit: boolean }) {
  const { t, tOr } = useI18n();
  const systems = useQuery('structure.markingSystems', {});
  const [editing, setEditing] = useState<MarkingSystemInfo | null>(null);
  return (
    <SectionCard title={t('structure.marking.title')} hint={t('structure.marking.hint')}>
      <Stack spacing={1}>
        {(systems.data ?? []).map((m) => (
          <Stack key={m.code} direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
            <Typography sx={{ minWidth: 200 }}>{structureCodeName(tOr, 'markingSystem', m.code)}</Typography>
            {m.borders.map((b) => (
              <Chip key={b.grade} size="small" label={`${b.grade}: ${formatNumber(b.min)}–${formatNumber(b.max)}`} />
            ))}
            <Chip
              size="small"
              variant="outlined"
              label={`${t('structure.field.gpaLimit')}: ${formatNumber(m.gpaLimit)}`}
            />
            {!m.custom && <Chip size="small" variant="outlined" label={t('structure.marking.default')} />}
            {canEdit && (
              <Tooltip title={t('common.edit')}>
                <IconButton size="small" aria-label={t('common.edit')} onClick={() => setEditing(m)}>
                  <Edit fontSize="small" />
                </IconButton>
              </Tooltip>
            )}
          </Stack>
        ))}
      </Stack>
      {editing && (
        <BordersDialog
          system={editing}
          onClose={() => {
            setEditing(null);
            systems.reload();
          }}
        />
      )}
    </SectionCard>
  );
}
