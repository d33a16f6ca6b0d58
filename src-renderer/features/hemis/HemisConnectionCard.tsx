import CableOutlined from '@mui/icons-material/CableOutlined';
import { Alert, Button, Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { contract, roleMayCall, type ChannelOutput } from '../../../src-shared/contract';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PasswordField } from '../../ui/PasswordField';
import { SectionCard } from '../../ui/SectionCard';

type Settings = ChannelOutput<'hemis.settings'>;
const FIELDS = ['url', 'token'] as const;
const EXAMPLE_URL = 'https://student.otm.uz/rest';

/** Address and token (the stored token is never shown, only whether there is one), and a live test. */
export function HemisConnectionCard({ settings, onSaved }: { settings: Settings; onSaved(): void }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { user } = useUser();
  const canEdit = roleMayCall(user.role, contract['hemis.updateSettings'].access);
  const save = useMutation('hemis.updateSettings');
  const test = useMutation('hemis.testConnection');
  const field = useFieldErrors(save.error ?? test.error);
  const [url, setUrl] = useState(settings.url);
  const [token, setToken] = useState('');
  const [clearToken, setClearToken] = useState(false);
  const [result, setResult] = useState<ChannelOutput<'hemis.testConnection'> | null>(null);
  const dirty = url.trim() !== settings.url || token.trim() !== '' || clearToken;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await save.run({
      url: url.trim(),
      ...(token.trim() ? { token: token.trim() } : {}),
      ...(clearToken && !token.trim() ? { clearToken: true } : {}),
    });
    if (!res.ok) return;
    setToken('');
    setClearToken(false);
    notify(t('hemis.saved'));
    onSaved();
  }

  async function runTest() {
    setResult(null);
    // Unsaved values are tested as typed; nothing is stored by a test.
    const res = await test.run({
      ...(url.trim() && url.trim() !== settings.url ? { url: url.trim() } : {}),
      ...(token.trim() ? { token: token.trim() } : {}),
    });
    if (res.ok) setResult(res.data);
  }

  return (
    <SectionCard title={t('hemis.section.connection')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack spacing={2}>
          <ErrorAlert error={save.error ?? test.error} fields={FIELDS} />
          <TextField
            name="url"
            label={t('hemis.url')}
            value={url}
            disabled={!canEdit}
            onChange={(e) => setUrl(e.target.value)}
            {...field('url', t('hemis.urlHint', { example: EXAMPLE_URL }))}
          />
          {canEdit && (
            <PasswordField
              name="token"
              label={t('hemis.token')}
              value={token}
              autoComplete="off"
              onChange={(e) => setToken(e.target.value)}
              {...field('token', settings.tokenSet ? t('hemis.tokenStored') : t('hemis.tokenMissing'))}
            />
          )}
          {canEdit && settings.tokenSet && (
            <FormControlLabel
              control={<Checkbox checked={clearToken} onChange={(e) => setClearToken(e.target.checked)} />}
              label={t('hemis.clearToken')}
            />
          )}
          {settings.tokenStore.warning && <Alert severity="warning">{tKey(settings.tokenStore.warning)}</Alert>}
          {result && (
            <Alert severity={result.ok ? 'success' : 'error'} data-testid="hemis-test-result">
              {result.ok
                ? t('hemis.testOk', { departments: result.departments ?? 0, ms: result.tookMs })
                : `${t('hemis.testFailed')}: ${tKey(result.errorKey ?? 'error.internal', result.errorParams ?? undefined)}`}
              {!result.ok && result.status !== null && ` · ${t('hemis.httpStatus', { status: result.status })}`}
            </Alert>
          )}
          <Stack direction="row" spacing={1}>
            {canEdit && (
              <Button type="submit" variant="contained" disabled={!dirty || save.busy}>
                {t('common.save')}
              </Button>
            )}
            <Button
              variant="outlined"
              startIcon={<CableOutlined />}
              onClick={() => void runTest()}
              disabled={test.busy}
            >
              {t('hemis.test')}
            </Button>
          </Stack>
        </Stack>
      </form>
    </SectionCard>
  );
}
