import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PreviewOutlined from '@mui/icons-material/PreviewOutlined';
import {
  Button,
  Chip,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { Locale } from '../../../../src-shared/contract/common';
import type { DocumentTemplate } from '../../../../src-shared/contract/document-templates';
import { formatBytes, formatDateTime } from '../../../../src-shared/domain/format';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { call } from '../../../api/client';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { downloadBase64 } from '../../../ui/ExportButton';
import { SectionCard } from '../../../ui/SectionCard';
import { PreviewDialog } from './PreviewDialog';
import { TemplateErrorAlert } from './TemplateErrorAlert';

const STATUS_COLOR = { draft: 'default', active: 'success', retired: 'warning' } as const;

/** The placeholders a version uses, as one line. */
const usedOf = (r: DocumentTemplate['report']) =>
  [...r.loops.map((l) => `#${l}`), ...r.fields, ...r.images.map((i) => `%${i}`)].join(', ');

/** Every version of the type's template, newest first: which one is in use, preview, activate, retire, download. */
export function VersionsCard({
  items,
  langs,
  onChanged,
}: {
  items: readonly DocumentTemplate[];
  langs: readonly Locale[];
  onChanged(): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const [preview, setPreview] = useState<DocumentTemplate | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const active = items.find((i) => i.status === 'active');

  async function change(item: DocumentTemplate, to: 'activate' | 'retire') {
    setBusy(item.id);
    setError(null);
    const res = await call(to === 'activate' ? 'templates.activate' : 'templates.retire', { id: item.id });
    setBusy(null);
    if (!res.ok) return setError(res.error);
    notify(t(to === 'activate' ? 'templates.activated' : 'templates.retiredDone', { version: item.version }));
    onChanged();
  }

  async function download(item: DocumentTemplate) {
    const res = await call('templates.download', { id: item.id });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else setError(res.error);
  }

  return (
    <SectionCard title={active ? t('templates.inUse', { version: active.version }) : t('templates.builtinInUse')}>
      <Stack spacing={2}>
        {items.length === 0 ? (
          <Typography color="text.secondary">{t('templates.empty')}</Typography>
        ) : (
          <Table size="small" data-testid="template-versions">
            <TableHead>
              <TableRow>
                <TableCell>{t('templates.col.version')}</TableCell>
                <TableCell>{t('templates.col.name')}</TableCell>
                <TableCell>{t('templates.col.status')}</TableCell>
                <TableCell>{t('templates.col.uploaded')}</TableCell>
                <TableCell>{t('templates.col.fields')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id} data-version={item.version}>
                  <TableCell>{item.version}</TableCell>
                  <TableCell>
                    {item.name}
                    <Typography variant="caption" color="text.secondary" display="block">
                      {item.fileName} · {formatBytes(item.size)}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={STATUS_COLOR[item.status]}
                      label={t(`templates.status.${item.status}`)}
                    />
                  </TableCell>
                  <TableCell>
                    {formatDateTime(item.createdAt)}
                    <Typography variant="caption" color="text.secondary" display="block">
                      {item.uploadedByName}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ maxWidth: 280, fontSize: 12, fontFamily: 'monospace' }}>
                    {usedOf(item.report)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={t('templates.action.preview')}>
                      <IconButton size="small" onClick={() => setPreview(item)} data-testid="template-preview">
                        <PreviewOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={t('templates.action.download')}>
                      <IconButton size="small" onClick={() => void download(item)}>
                        <FileDownloadOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {item.status === 'active' ? (
                      <Button size="small" disabled={busy !== null} onClick={() => void change(item, 'retire')}>
                        {t('templates.action.retire')}
                      </Button>
                    ) : (
                      <Button
                        size="small"
                        variant="outlined"
                        disabled={busy !== null}
                        onClick={() => void change(item, 'activate')}
                        data-testid="template-activate"
                      >
                        {t('templates.action.activate')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <TemplateErrorAlert error={error} />
      </Stack>
      {preview && <PreviewDialog template={preview} langs={langs} onClose={() => setPreview(null)} />}
    </SectionCard>
  );
}
