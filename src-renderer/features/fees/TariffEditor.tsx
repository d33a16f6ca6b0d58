import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { TariffDetail } from '../../../src-shared/contract/fees';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { SectionCard } from '../../ui/SectionCard';
import { FeeError } from './FeeError';
import { issueText } from './fee-format';
import { badCells, draftInput, formOf, type TariffForm } from './tariff-form';
import { TariffRowsTable } from './TariffRowsTable';
import { TariffSettings } from './TariffSettings';

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** One version of a year's tariff: edited while a draft (by the back office), read-only once published. */
export function TariffEditor({
  id,
  canEdit,
  onChanged,
}: {
  id: string;
  canEdit: boolean;
  /** A version was saved, published or deleted: the list around it must refresh. */
  onChanged(deletedId?: string): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const [detail, setDetail] = useState<TariffDetail | null>(null);
  const [form, setForm] = useState<TariffForm | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const show = (d: TariffDetail) => {
    setDetail(d);
    setForm(formOf(d));
  };
  useEffect(() => {
    let live = true;
    void call('fees.tariff', { id }).then((res) => {
      if (!live) return;
      if (res.ok) show(res.data);
      else setError(res.error);
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (!detail || !form) return error ? <FeeError error={error} /> : <LinearProgress />;
  const editable = canEdit && detail.status === 'draft';
  const bad = badCells(form);

  /** Saves the form; the server's answer (with what publishing still needs) replaces it. */
  async function save(): Promise<boolean> {
    if (!form || bad.size > 0) return false;
    setBusy(true);
    const res = await call('fees.saveDraft', draftInput(id, form));
    setBusy(false);
    setError(res.ok ? null : res.error);
    if (!res.ok) return false;
    show(res.data);
    onChanged();
    return true;
  }
  async function publish() {
    setConfirming(false);
    if (!(await save())) return;
    setBusy(true);
    const res = await call('fees.publish', { id });
    setBusy(false);
    setError(res.ok ? null : res.error);
    if (res.ok) {
      show(res.data);
      notify(t('fees.tariffs.published', { label: res.data.label }), 'success');
      onChanged();
    }
  }
  async function remove() {
    setBusy(true);
    const res = await call('fees.deleteDraft', { id });
    setBusy(false);
    if (res.ok) {
      notify(t('fees.tariffs.deleted'), 'success');
      onChanged(id);
    } else setError(res.error);
  }
  async function importFile(file: File) {
    setBusy(true);
    const res = await call('fees.importRows', { id, fileName: file.name, data: await readBase64(file) });
    setBusy(false);
    setError(res.ok ? null : res.error);
    if (res.ok) {
      show(res.data);
      notify(t('fees.tariffs.imported', { count: res.data.imported }), 'success');
      onChanged();
    }
  }

  return (
    <SectionCard title={detail.label} hint={editable ? t('fees.tariffs.rowsHint') : t('fees.tariffs.readOnly')}>
      {busy && <LinearProgress sx={{ mb: 1 }} />}
      <TariffSettings form={form} editable={editable} bad={bad} onChange={setForm} />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {t('fees.tariffs.rows')}
      </Typography>
      <TariffRowsTable form={form} editable={editable} bad={bad} onChange={setForm} />
      <FeeError error={error} />
      {editable && detail.problems.length > 0 && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="tariff-problems">
          {t('fees.tariffs.problems')}
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {detail.problems.slice(0, 30).map((p) => (
              <li key={`${p.path}:${p.key}`}>{issueText(p, i18n)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {editable && (
        <Stack direction="row" spacing={1} sx={{ mt: 2 }} flexWrap="wrap" useFlexGap>
          <Button variant="contained" onClick={() => void save()} disabled={busy || bad.size > 0}>
            {t('fees.tariffs.save')}
          </Button>
          <Button
            variant="outlined"
            color="success"
            onClick={() => setConfirming(true)}
            disabled={busy || bad.size > 0}
          >
            {t('fees.tariffs.publish')}
          </Button>
          <Button
            startIcon={<UploadFileOutlined />}
            onClick={() => fileInput.current?.click()}
            disabled={busy}
            title={t('fees.tariffs.importHint')}
          >
            {t('fees.tariffs.import')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept=".xlsx,.csv"
            data-testid="tariff-import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <Button color="error" onClick={() => void remove()} disabled={busy}>
            {t('fees.tariffs.delete')}
          </Button>
        </Stack>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="publish-title">
        <DialogTitle id="publish-title">{t('fees.tariffs.publishTitle', { label: detail.label })}</DialogTitle>
        <DialogContent>{t('fees.tariffs.publishHint', { year: detail.educationYear })}</DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('fees.tariffs.cancel')}</Button>
          <Button variant="contained" onClick={() => void publish()}>
            {t('fees.tariffs.publish')}
          </Button>
        </DialogActions>
      </Dialog>
    </SectionCard>
  );
}
