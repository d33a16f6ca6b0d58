import EditOutlined from '@mui/icons-material/EditOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Link,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { parseBody } from '../../../src-shared/domain/infodesk';
import { formatDate } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { downloadBase64 } from '../../ui/ExportButton';
import { LANG_LABEL } from '../documents/lang-labels';
import { HandoutDialog } from './HandoutDialog';

/** The body as the handout prints it: paragraphs and bullet lists. */
export function ArticleBody({ body }: { body: string }) {
  return (
    <Box data-testid="infodesk-article-body">
      {parseBody(body).map((b, i) =>
        b.kind === 'paragraph' ? (
          <Typography key={i} variant="body1" sx={{ mb: 1.5 }}>
            {b.text}
          </Typography>
        ) : (
          <Box key={i} component="ul" sx={{ mt: 0, mb: 1.5, pl: 3 }}>
            {b.items.map((item, k) => (
              <li key={k}>
                <Typography variant="body1">{item}</Typography>
              </li>
            ))}
          </Box>
        ),
      )}
    </Box>
  );
}

/** One article as the counter reads it aloud, with Print and DOCX; editors also edit or unpublish it. */
export function ArticleDialog({
  id,
  canEdit,
  onEdit,
  onChanged,
  onClose,
}: {
  id: string;
  canEdit: boolean;
  onEdit(): void;
  onChanged(): void;
  onClose(): void;
}) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const article = useQuery('infodesk.get', { id });
  const publish = useMutation('infodesk.setPublished');
  const [printing, setPrinting] = useState(false);
  const a = article.data;

  async function docx() {
    const res = await call('infodesk.handout', { ids: [id], format: 'docx' });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  async function togglePublished() {
    if (!a) return;
    const res = await publish.run({ id, published: !a.published });
    if (!res.ok) return;
    notify(t(res.data.published ? 'infodesk.publishedDone' : 'infodesk.unpublishedDone'));
    article.reload();
    onChanged();
  }

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="infodesk-article-title">
      <DialogTitle id="infodesk-article-title">{a?.title ?? ''}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={article.error ?? publish.error} />
        {!a && !article.error && <LinearProgress />}
        {a && (
          <>
            <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
              <Chip size="small" label={tKey(`infodesk.category.${a.category}`)} />
              <Chip size="small" variant="outlined" label={LANG_LABEL[a.lang]} />
              {!a.published && <Chip size="small" color="warning" label={t('infodesk.unpublished')} />}
            </Stack>
            <ArticleBody body={a.body} />
            {a.contacts && (
              <Box sx={{ mt: 2 }}>
                <Typography variant="subtitle2">{t('infodesk.contacts')}</Typography>
                <Typography variant="body1" sx={{ whiteSpace: 'pre-line' }} data-testid="infodesk-article-contacts">
                  {a.contacts}
                </Typography>
              </Box>
            )}
            {a.url && (
              <Box sx={{ mt: 2 }}>
                <Typography variant="subtitle2">{t('infodesk.link')}</Typography>
                <Link href={a.url} target="_blank" rel="noreferrer">
                  {a.url}
                </Link>
              </Box>
            )}
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
              {t('infodesk.updated', { date: formatDate(a.updatedAt), who: a.updatedBy })}
            </Typography>
          </>
        )}
      </DialogContent>
      <DialogActions>
        {canEdit && a && (
          <>
            <Button color="warning" disabled={publish.busy} onClick={() => void togglePublished()}>
              {t(a.published ? 'infodesk.unpublish' : 'infodesk.publish')}
            </Button>
            <Button startIcon={<EditOutlined />} onClick={onEdit}>
              {t('common.edit')}
            </Button>
          </>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button startIcon={<FileDownloadOutlined />} disabled={!a} onClick={() => void docx()}>
          {t('infodesk.docx')}
        </Button>
        <Button variant="contained" startIcon={<PrintOutlined />} disabled={!a} onClick={() => setPrinting(true)}>
          {t('infodesk.print')}
        </Button>
      </DialogActions>
      {printing && a && (
        <HandoutDialog selection={{ ids: [a.id] }} title={a.title} onClose={() => setPrinting(false)} />
      )}
    </Dialog>
  );
}
