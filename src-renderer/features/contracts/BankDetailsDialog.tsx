import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * The institution's bank requisites printed on every contract (under the STIR of the institution profile):
 * free lines, as the treasury or the bank writes them.
 */
export function BankDetailsButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button startIcon={<AccountBalanceOutlined />} onClick={() => setOpen(true)}>
        {t('contracts.bank.button')}
      </Button>
      {open && <BankDetailsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function BankDetailsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const current = useQuery('contracts.bankDetails', {});
  const save = useMutation('contracts.saveBankDetails');
  const [text, setText] = useState<string | null>(null);
  const value = text ?? current.data?.lines.join('\n') ?? '';
  const submit = async () => {
    const res = await save.run({ lines: value.split('\n') });
    if (res.ok) onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('contracts.bank.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('contracts.bank.intro')}
        </Typography>
        <ErrorAlert error={save.error ?? current.error} />
        <TextField
          label={t('contracts.bank.lines')}
          value={value}
          onChange={(e) => setText(e.target.value)}
          multiline
          minRows={4}
          fullWidth
          disabled={current.loading}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={save.busy || current.loading}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
