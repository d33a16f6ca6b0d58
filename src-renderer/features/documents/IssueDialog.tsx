import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { MANAGERS } from '../../../src-shared/contract/roles';
import type { DocumentParams, IssuedDocument } from '../../../src-shared/contract/documents';
import type { Locale } from '../../../src-shared/contract/common';
import type { DocumentTypeCode } from '../../../src-shared/domain/documents/catalog';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { DocumentFrame, type DocumentFrameHandle } from './DocumentFrame';
import { IssuedView } from './IssuedView';
import { DocumentParamsFields, hasParams } from './DocumentParamsFields';

interface Props {
  studentId: string;
  type: DocumentTypeCode;
  lang: Locale;
  /** Set by the screen that opens the dialog (an order's excerpt names its order), not typed here. */
  params?: DocumentParams;
  onClose(): void;
  onIssued(doc: IssuedDocument): void;
}

/** Preview (no number, "draft" across the page) → issue → the numbered page to print or save. */
export function IssueDialog({ studentId, type, lang, params: given, onClose, onIssued }: Props) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const [typed, setParams] = useState<DocumentParams>({});
  const params = { ...(hasParams(type) ? typed : {}), ...given };
  const withParams = Object.keys(params).length > 0 ? { params } : {};
  const preview = useQuery('documents.preview', { type, studentId, lang, ...withParams });
  const issue = useMutation('documents.issue');
  const [issued, setIssued] = useState<IssuedDocument | null>(null);
  const [reason, setReason] = useState('');
  const frame = useRef<DocumentFrameHandle>(null);
  const holds = preview.data?.holds ?? [];
  const mayOverride = MANAGERS.includes(user.role);
  const blocked = holds.length > 0 && (!mayOverride || reason.trim().length < 3);

  async function submit() {
    const res = await issue.run({
      type,
      studentId,
      lang,
      ...withParams,
      ...(holds.length > 0 ? { overrideReason: reason.trim() } : {}),
    });
    if (res.ok) {
      setIssued(res.data);
      onIssued(res.data);
    }
  }

  if (issued) return <IssuedView doc={issued} onClose={onClose} justIssued />;

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="issue-title">
      <DialogTitle id="issue-title">
        {t('documents.issue.previewTitle', { type: tKey(`documents.type.${type}`) })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {hasParams(type) && <DocumentParamsFields type={type} value={typed} onChange={setParams} />}
          {preview.error && <ErrorAlert error={preview.error} />}
          {holds.map((h) => (
            <Alert severity="warning" key={h.rule} data-testid="document-hold">
              {tKey(h.key, h.params)}
            </Alert>
          ))}
          {holds.length > 0 && mayOverride && (
            <TextField
              label={t('documents.issue.overrideReason')}
              helperText={t('documents.issue.overrideHint')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              size="small"
              data-testid="override-reason"
            />
          )}
          {issue.error && <ErrorAlert error={issue.error} />}
          {preview.data ? (
            <DocumentFrame ref={frame} html={preview.data.html} title={t('documents.issue.preview')} />
          ) : (
            !preview.error && <LinearProgress />
          )}
          <Typography variant="body2" color="text.secondary">
            {t('documents.issue.previewHint')}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          startIcon={<DescriptionOutlined />}
          disabled={!preview.data || blocked || issue.busy}
          onClick={() => void submit()}
          data-testid="issue-document"
        >
          {t('documents.issue.action')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
