import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LanguageOutlined from '@mui/icons-material/LanguageOutlined';
import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { contract } from '../../../src-shared/contract';
import { roleMayCall } from '../../../src-shared/contract/roles';
import { call } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { downloadBase64 } from '../../ui/ExportButton';
import { SectionCard } from '../../ui/SectionCard';
import { useFieldErrors } from '../../ui/field-errors';

/** UTF-8 text → base64, for the download helper. */
function textToBase64(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Numbering formats per type (managers edit), the public key and the static verification page to publish. */
export function RegisterSettings() {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const formats = useQuery('documents.registerFormats', {});
  const save = useMutation('documents.setRegisterFormat');
  const mayEdit = roleMayCall(user.role, contract['documents.setRegisterFormat'].access);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const field = useFieldErrors(save.error);

  async function download(channel: 'documents.verificationPage' | 'documents.keys') {
    if (channel === 'documents.verificationPage') {
      const res = await call(channel, {});
      if (res.ok) downloadBase64(res.data.fileName, textToBase64(res.data.data), 'text/html');
      else notify(tKey(res.error.key), 'error');
      return;
    }
    const res = await call(channel, {});
    if (!res.ok) return notify(tKey(res.error.key), 'error');
    const pem = res.data.keys.map((k) => `# ${k.keyId} ${k.createdAt}\n${k.pem}`).join('\n');
    downloadBase64('registrator-public-keys.pem', textToBase64(pem), 'application/x-pem-file');
  }

  return (
    <SectionCard title={t('documents.settings.title')} hint={t('documents.settings.hint')}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('documents.col.type')}</TableCell>
            <TableCell>{t('documents.settings.format')}</TableCell>
            <TableCell>{t('documents.settings.lastSeq')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(formats.data?.formats ?? []).map((f) => (
            <TableRow key={f.type}>
              <TableCell>{tKey(`documents.type.${f.type}`)}</TableCell>
              <TableCell>
                {mayEdit ? (
                  <Stack direction="row" spacing={1} alignItems="flex-start">
                    <TextField
                      size="small"
                      value={draft[f.type] ?? f.format}
                      onChange={(e) => setDraft({ ...draft, [f.type]: e.target.value })}
                      {...(draft[f.type] !== undefined ? field('format') : {})}
                      inputProps={{ 'data-testid': `format-${f.type}` }}
                    />
                    <Button
                      size="small"
                      disabled={draft[f.type] === undefined || save.busy}
                      onClick={async () => {
                        const res = await save.run({ type: f.type, format: draft[f.type]! });
                        if (res.ok) {
                          setDraft(Object.fromEntries(Object.entries(draft).filter(([k]) => k !== f.type)));
                          formats.reload();
                          notify(t('documents.settings.saved'), 'success');
                        }
                      }}
                    >
                      {t('common.save')}
                    </Button>
                  </Stack>
                ) : (
                  <Typography variant="body2">{f.format}</Typography>
                )}
              </TableCell>
              <TableCell>{f.lastSeq}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button
          startIcon={<LanguageOutlined />}
          onClick={() => void download('documents.verificationPage')}
          data-testid="download-verify-page"
        >
          {t('documents.settings.verifyPage')}
        </Button>
        <Button startIcon={<KeyOutlined />} onClick={() => void download('documents.keys')}>
          {t('documents.settings.publicKey')}
        </Button>
      </Stack>
    </SectionCard>
  );
}
