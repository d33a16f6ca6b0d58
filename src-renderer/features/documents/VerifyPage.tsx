import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { Alert, AlertTitle, Box, Button, Stack, Table, TableBody, TableCell, TableRow, TextField } from '@mui/material';
import { useState } from 'react';
import type { VerifyResult } from '../../../src-shared/contract/documents';
import { formatDate } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import type { AppErrorShape } from '../../../src-shared/errors';

const SEVERITY = {
  valid: 'success',
  void: 'error',
  notInRegister: 'warning',
  unknownKey: 'error',
  invalid: 'error',
} as const;

/** A scanned (a QR scanner types into the field) or pasted payload checked against the keys and the register. */
export function VerifyPage() {
  const { t, tKey } = useI18n();
  const [payload, setPayload] = useState('');
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  async function check() {
    setError(null);
    const res = await call('documents.verify', { payload: payload.trim() });
    if (res.ok) setResult(res.data);
    else {
      setResult(null);
      setError(res.error);
    }
  }

  const c = result?.certifies;
  return (
    <Box sx={{ maxWidth: 820 }}>
      <PageHeader title={t('documents.verify.title')} intro={t('documents.verify.intro')} />
      <Stack spacing={2}>
        <TextField
          label={t('documents.verify.payload')}
          multiline
          minRows={3}
          value={payload}
          autoFocus
          onChange={(e) => {
            setPayload(e.target.value);
            setResult(null);
          }}
          onKeyDown={(e) => {
            // A scanner ends with Enter: check at once.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void check();
            }
          }}
          inputProps={{ 'data-testid': 'verify-payload', spellCheck: false, style: { fontFamily: 'monospace' } }}
        />
        <Box>
          <Button
            variant="contained"
            startIcon={<VerifiedOutlined />}
            disabled={!payload.trim()}
            onClick={() => void check()}
            data-testid="verify-check"
          >
            {t('documents.verify.check')}
          </Button>
        </Box>
        {error && <ErrorAlert error={error} />}
        {result && (
          <Alert severity={SEVERITY[result.status]} data-testid="verify-result" data-status={result.status}>
            <AlertTitle>{t(`documents.verify.status.${result.status}`)}</AlertTitle>
            {result.status === 'void' && result.document && (
              <Box sx={{ mb: 1 }}>
                {t('documents.void.shown', {
                  reason: result.document.voidReason ?? '',
                  date: formatDate(result.document.voidedAt),
                })}
              </Box>
            )}
            {c && (
              <Table size="small" sx={{ mt: 1 }}>
                <TableBody>
                  <TableRow>
                    <TableCell>{t('documents.col.type')}</TableCell>
                    <TableCell>{tKey(`documents.type.${c.type}`)}</TableCell>
                  </TableRow>
                  <TableRow>
                    <TableCell>{t('documents.col.number')}</TableCell>
                    <TableCell data-testid="verify-number">{c.registerNumber}</TableCell>
                  </TableRow>
                  <TableRow>
                    <TableCell>{t('documents.col.issuedOn')}</TableCell>
                    <TableCell>{formatDate(c.issuedOn)}</TableCell>
                  </TableRow>
                  <TableRow>
                    <TableCell>{t('documents.col.holder')}</TableCell>
                    <TableCell>{c.holderName}</TableCell>
                  </TableRow>
                  <TableRow>
                    <TableCell>{t('documents.col.studentId')}</TableCell>
                    <TableCell>{c.studentIdNumber}</TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            )}
          </Alert>
        )}
      </Stack>
    </Box>
  );
}
