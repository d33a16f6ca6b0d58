import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { LOCALES, type Locale } from '../../../src-shared/contract/common';
import type { QueueNames, QueueService } from '../../../src-shared/contract/queue';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { serviceName } from './queue-format';

const EMPTY: QueueNames = { 'uz-Latn': '', 'uz-Cyrl': '', ru: '', en: '' };

/** A service: its letter, its name in the four languages, the request type it leads to, on or off. */
export function ServiceDialog({
  service,
  requestTypes,
  onClose,
  onSaved,
}: {
  service: QueueService | null;
  requestTypes: { id: string; names: QueueNames }[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, locale } = useI18n();
  const save = useMutation('queue.saveService');
  const field = useFieldErrors(save.error);
  const [prefix, setPrefix] = useState(service?.prefix ?? '');
  const [names, setNames] = useState<QueueNames>(service?.names ?? EMPTY);
  const [requestTypeId, setRequestTypeId] = useState(service?.requestTypeId ?? '');
  const [active, setActive] = useState(service?.active ?? true);
  const [sortOrder, setSortOrder] = useState(String(service?.sortOrder ?? 0));

  async function submit() {
    const res = await save.run({
      ...(service ? { id: service.id } : {}),
      prefix,
      names,
      requestTypeId: requestTypeId || null,
      active,
      sortOrder: Number(sortOrder) || 0,
    });
    if (res.ok) onSaved();
  }

  const nameField = (l: Locale) => (
    <TextField
      key={l}
      size="small"
      label={t(`queue.settings.name.${l}`)}
      value={names[l]}
      onChange={(e) => setNames({ ...names, [l]: e.target.value })}
      required={l === 'uz-Latn'}
      {...field(`names.${l}`)}
    />
  );

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{service ? t('queue.settings.editService') : t('queue.settings.addService')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <ErrorAlert error={save.error} fields={['prefix', 'requestTypeId', ...LOCALES.map((l) => `names.${l}`)]} />
          <Stack direction="row" spacing={2}>
            <TextField
              size="small"
              label={t('queue.settings.prefix')}
              value={prefix}
              onChange={(e) => setPrefix(e.target.value.toUpperCase().slice(0, 1))}
              required
              sx={{ width: 120 }}
              {...field('prefix', t('queue.settings.prefixHint'))}
            />
            <TextField
              size="small"
              type="number"
              label={t('queue.settings.order')}
              value={sortOrder}
              onChange={(e) => setSortOrder(e.target.value)}
              sx={{ width: 120 }}
            />
          </Stack>
          {LOCALES.map(nameField)}
          <TextField
            select
            size="small"
            label={t('queue.settings.requestType')}
            value={requestTypeId}
            onChange={(e) => setRequestTypeId(e.target.value)}
            {...field('requestTypeId')}
          >
            <MenuItem value="">{t('queue.settings.noRequestType')}</MenuItem>
            {requestTypes.map((rt) => (
              <MenuItem key={rt.id} value={rt.id}>
                {serviceName(rt.names, locale)}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={<Checkbox checked={active} onChange={(e) => setActive(e.target.checked)} />}
            label={t('queue.settings.active')}
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
