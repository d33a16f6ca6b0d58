import SaveOutlined from '@mui/icons-material/SaveOutlined';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { presetOf, type MappingColumn } from './mapping';

interface Props {
  columns: readonly MappingColumn[];
  /** A name to offer when saving (the file's name without extension). */
  suggestedName: string;
  disabled?: boolean;
  /** Applies a preset's header → field mapping; returns the number of columns it matched. */
  onApply(mapping: Record<string, string>): number;
}

/** Saved mapping presets: apply one to this file's columns, or save the current mapping under a name. */
export function PresetBar({ columns, suggestedName, disabled, onApply }: Props) {
  const t = useT();
  const notify = useNotify();
  const presets = useQuery('students.importPresets', {});
  const [chosen, setChosen] = useState('');
  const [saving, setSaving] = useState<string | null>(null);
  const save = useMutation('students.saveImportPreset');
  const list = presets.data ?? [];

  function apply() {
    const preset = list.find((p) => p.name === chosen);
    if (!preset) return;
    notify(t('importWizard.preset.applied', { name: preset.name, count: onApply(preset.mapping) }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const name = (saving ?? '').trim();
    if (!name) return;
    const result = await save.run({ name, mapping: presetOf(columns) });
    if (!result.ok) return;
    setSaving(null);
    setChosen(name);
    presets.reload();
    notify(t('importWizard.preset.saved', { name }));
  }

  return (
    <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
      <TextField
        select
        size="small"
        label={t('importWizard.preset.label')}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        disabled={disabled || list.length === 0}
        sx={{ width: 300, flexShrink: 0 }}
        name="preset"
        slotProps={{ select: { displayEmpty: list.length === 0 }, inputLabel: { shrink: true } }}
      >
        {list.length === 0 && (
          <MenuItem value="" disabled>
            <Typography component="span" color="text.secondary">
              {t('importWizard.preset.none')}
            </Typography>
          </MenuItem>
        )}
        {list.map((p) => (
          <MenuItem key={p.name} value={p.name}>
            {p.name}
          </MenuItem>
        ))}
      </TextField>
      <Button onClick={apply} disabled={disabled || !chosen} data-testid="preset-apply">
        {t('importWizard.preset.apply')}
      </Button>
      <Button
        startIcon={<SaveOutlined />}
        onClick={() => {
          save.clearError();
          setSaving(suggestedName);
        }}
        disabled={disabled || !columns.some((c) => c.field)}
        data-testid="preset-save"
      >
        {t('importWizard.preset.save')}
      </Button>
      <Dialog open={saving !== null} onClose={() => setSaving(null)} fullWidth maxWidth="xs">
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="preset-dialog">
          <DialogTitle>{t('importWizard.preset.save')}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              <ErrorAlert error={save.error} />
              <TextField
                autoFocus
                fullWidth
                name="presetName"
                label={t('importWizard.preset.name')}
                value={saving ?? ''}
                onChange={(e) => setSaving(e.target.value)}
                helperText={t('importWizard.preset.saveHint')}
                slotProps={{ htmlInput: { maxLength: 100 } }}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setSaving(null)}>{t('common.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={save.busy || !(saving ?? '').trim()}>
              {t('common.save')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Stack>
  );
}
