import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { ImportResult } from '../../../src-shared/contract/contracts';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { useMoney } from './contract-ui';

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A bank statement (.xlsx) → payments matched to contracts; what did not match, with the reason; the history. */
export function PaymentsImportPage() {
  const { t } = useI18n();
  const money = useMoney();
  const input = useRef<HTMLInputElement>(null);
  const run = useMutation('contracts.importPayments');
  const [result, setResult] = useState<ImportResult | null>(null);
  const history = useQuery('contracts.imports', { limit: 20 });
  const upload = async (file: File) => {
    setResult(null);
    const res = await run.run({ fileName: file.name, data: await base64Of(file) });
    if (res.ok) {
      setResult(res.data);
      history.reload();
    }
  };
  return (
    <Box>
      <PageHeader title={t('contracts.import.title')} intro={t('contracts.import.intro')} />
      <Stack spacing={2}>
        <Box>
          <input
            ref={input}
            type="file"
            accept=".xlsx,.csv"
            hidden
            aria-label={t('contracts.import.file')}
            data-testid="statement-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
          <Button
            variant="contained"
            startIcon={<UploadFileOutlined />}
            disabled={run.busy}
            onClick={() => input.current?.click()}
          >
            {t('contracts.import.upload')}
          </Button>
        </Box>
        <ErrorAlert error={run.error} />
        {result && <ImportReport result={result} />}
        <SectionCard title={t('contracts.import.history')}>
          <Table size="small" data-testid="import-history">
            <TableHead>
              <TableRow>
                <TableCell>{t('contracts.col.importedAt')}</TableCell>
                <TableCell>{t('contracts.col.file')}</TableCell>
                <TableCell>{t('contracts.col.importedBy')}</TableCell>
                <TableCell align="right">{t('contracts.col.rows')}</TableCell>
                <TableCell align="right">{t('contracts.col.matched')}</TableCell>
                <TableCell align="right">{t('contracts.col.amount')}</TableCell>
                <TableCell align="right">{t('contracts.col.unmatched')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(history.data?.items ?? []).map((h) => (
                <TableRow key={h.importId}>
                  <TableCell>{formatDateTime(h.importedAt)}</TableCell>
                  <TableCell>{h.fileName}</TableCell>
                  <TableCell>{h.importedBy}</TableCell>
                  <TableCell align="right">{h.rowsTotal}</TableCell>
                  <TableCell align="right">{h.matched}</TableCell>
                  <TableCell align="right">{money(h.amountMatched)}</TableCell>
                  <TableCell align="right">{h.unmatched.length}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {history.data?.items.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {t('contracts.import.noHistory')}
            </Typography>
          )}
        </SectionCard>
      </Stack>
    </Box>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const { t, tKey } = useI18n();
  const money = useMoney();
  return (
    <SectionCard title={t('contracts.import.result')}>
      <Stack spacing={1.5} data-testid="import-result">
        <Alert severity={result.unmatched.length > 0 ? 'warning' : 'success'}>
          {t('contracts.import.summary', {
            total: result.rowsTotal,
            matched: result.matched,
            skipped: result.skipped,
            unmatched: result.unmatched.length,
            amount: money(result.amountMatched),
          })}
        </Alert>
        {result.unmatched.length > 0 && (
          <Table size="small" data-testid="unmatched-rows">
            <TableHead>
              <TableRow>
                <TableCell>{t('contracts.col.row')}</TableCell>
                <TableCell>{t('contracts.col.paidOn')}</TableCell>
                <TableCell align="right">{t('contracts.col.amount')}</TableCell>
                <TableCell>{t('contracts.col.payer')}</TableCell>
                <TableCell>{t('contracts.col.purpose')}</TableCell>
                <TableCell>{t('contracts.col.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.unmatched.map((u) => (
                <TableRow key={u.row}>
                  <TableCell>{u.row}</TableCell>
                  <TableCell>{formatDate(u.paidOn)}</TableCell>
                  <TableCell align="right">{money(u.amount)}</TableCell>
                  <TableCell>{u.payerName}</TableCell>
                  <TableCell>{[u.contractNumber, u.pinfl, u.purpose].filter(Boolean).join(' · ')}</TableCell>
                  <TableCell>{tKey(`contracts.unmatched.${u.reason}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </SectionCard>
  );
}
