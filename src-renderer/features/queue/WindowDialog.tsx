import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import type { ChannelOutput } from '../../../src-shared/contract';
import type { QueueWindow } from '../../../src-shared/contract/queue';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { serviceName } from './queue-format';

/** A window: what the hall shows for it, the services it calls (none ticked = all) and who sits there. */
export function WindowDialog({
  edited,
  settings,
  onClose,
  onSaved,
}: {
  edited: QueueWindow | null;
  settings: ChannelOutput<'queue.settings'>;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, locale } = useI18n();
  const save = useMutation('queue.saveWindow');
  const field = useFieldErrors(save.error);
  const [label, setLabel] = useState(edited?.label ?? '');
  const [serviceIds, setServiceIds] = useState<string[]>(edited?.serviceIds ?? []);
  const [operatorId, setOperatorId] = useState(edited?.operatorId ?? '');
  const [active, setActive] = useState(edited?.active ?? true);

  async function submit() {
    const res = await save.run({
      ...(edited ? { id: edited.id } : {}),
      label,
      serviceIds,
      operatorId: operatorId || null,
      active,
    });
    if (res.ok) onSaved();
  }
  const toggle = (id: string, on: boolean) =>
    setServiceIds(on ? [...serviceIds, id] : serviceIds.filter((s) => s !== id));

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{edited ? t('queue.settings.editWindow') : t('queue.settings.addWindow')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <ErrorAlert error={save.error} fields={['label', 'operatorId']} />
          <TextField
            size="small"
            label={t('queue.settings.windowLabel')}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            required
            {...field('label', t('queue.settings.windowLabelHint'))}
          />
          <FormGroup>
            <FormLabel>{t('queue.settings.windowServices')}</FormLabel>
            {settings.services.map((s) => (
              <FormControlLabel
                key={s.id}
                control={
                  <Checkbox checked={serviceIds.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
                }
                label={`${s.prefix} — ${serviceName(s.names, locale)}`}
              />
            ))}
          </FormGroup>
          <TextField
            select
            size="small"
            label={t('queue.settings.operator')}
            value={operatorId}
            onChange={(e) => setOperatorId(e.target.value)}
            {...field('operatorId')}
          >
            <MenuItem value="">{t('queue.settings.noOperator')}</MenuItem>
            {settings.operators.map((o) => (
              <MenuItem key={o.id} value={o.id}>
                {o.fullName}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={<Checkbox checked={active} onChange={(e) => setActive(e.target.checked)} />}
            label={t('queue.settings.windowOpen')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={save.busy} onClick={() => void submit()}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
