import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { Alert, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { CheckReport } from '../../../src-shared/contract/system';
import { formatDateTime, formatNumber } from '../../../src-shared/domain/format';
import { useMutation } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';

function Line({ ok, children }: { ok: boolean; children: string }) {
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      {ok ? <CheckCircleOutline color="success" /> : <ErrorOutline color="error" />}
      <Typography>{children}</Typography>
    </Stack>
  );
}

/** PRAGMA integrity_check and the audit hash chain, on demand (it reads the whole database). */
export function CheckPage() {
  const t = useT();
  const check = useMutation('system.check');
  const [report, setReport] = useState<{ at: string; data: CheckReport } | null>(null);

  async function run() {
    const result = await check.run({});
    if (result.ok) setReport({ at: new Date().toISOString(), data: result.data });
  }

  return (
    <>
      <PageHeader
        title={t('check.title')}
        intro={t('check.intro')}
        actions={
          <Button
            variant="contained"
            startIcon={<FactCheckOutlined />}
            onClick={() => void run()}
            disabled={check.busy}
            data-testid="run-check"
          >
            {t('check.run')}
          </Button>
        }
      />
      <Stack spacing={2}>
        {check.busy && (
          <Stack spacing={1}>
            <Typography color="text.secondary">{t('check.running')}</Typography>
            <LinearProgress />
          </Stack>
        )}
        <ErrorAlert error={check.error} />
        {report && (
          <Card data-testid="check-report">
            <CardContent>
              <Stack spacing={1.5}>
                <Alert severity={report.data.ok ? 'success' : 'error'}>
                  {report.data.ok ? t('check.allOk') : t('check.problems')}
                </Alert>
                <Line ok={report.data.integrity.length === 0}>
                  {report.data.integrity.length === 0
                    ? t('check.integrityOk')
                    : `${t('check.integrityBad')}: ${report.data.integrity.join('; ')}`}
                </Line>
                <Line ok={report.data.audit.ok}>
                  {report.data.audit.ok
                    ? t('check.auditOk', { count: formatNumber(report.data.audit.entries) })
                    : t('check.auditBroken', {
                        seq: report.data.audit.firstBreakSeq ?? '?',
                        problem: report.data.audit.problem ?? '',
                      })}
                </Line>
                {report.data.audit.headHash && (
                  <Typography variant="body2" color="text.secondary">
                    {t('check.headHash')}:{' '}
                    <span style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                      {report.data.audit.headHash}
                    </span>
                  </Typography>
                )}
                <Typography variant="caption" color="text.secondary">
                  {t('check.checkedAt', { time: formatDateTime(report.at) })}
                </Typography>
              </Stack>
            </CardContent>
          </Card>
        )}
      </Stack>
    </>
  );
}
