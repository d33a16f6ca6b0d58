import DeleteOutline from '@mui/icons-material/DeleteOutline';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { LOCALES, type Locale } from '../../../src-shared/contract/common';
import type { RequestTypeView } from '../../../src-shared/contract/requests';
import { DOCUMENT_TYPE_CODES } from '../../../src-shared/domain/documents/catalog';
import type { RequiredAttachment, TypeNames } from '../../../src-shared/domain/request-types';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';

const EMPTY_NAMES: TypeNames = { 'uz-Latn': '', 'uz-Cyrl': '', ru: '', en: '' };
const NONE = '__none';

function NameFields({
  names,
  onChange,
  prefix,
}: {
  names: TypeNames;
  onChange(next: TypeNames): void;
  prefix: string;
}) {
  const { tKey } = useI18n();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ flex: 1 }}>
      {LOCALES.map((l: Locale) => (
        <TextField
          key={l}
          size="small"
          required={l === 'uz-Latn'}
          label={`${prefix} · ${tKey(`requests.types.lang.${l}`)}`}
          value={names[l]}
          onChange={(e) => onChange({ ...names, [l]: e.target.value })}
          sx={{ flex: 1 }}
        />
      ))}
    </Stack>
  );
}

/** Adds or edits a request type: names in four languages, deadline, what to bring, who gets it. */
export function RequestTypeDialog({
  type,
  onClose,
  onSaved,
}: {
  /** null adds a new type. */
  type: RequestTypeView | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, tKey } = useI18n();
  const assignees = useQuery('requests.assignees', {});
  const save = useMutation('requests.saveType');
  const [names, setNames] = useState<TypeNames>(type?.names ?? EMPTY_NAMES);
  const [days, setDays] = useState(String(type?.deadlineDays ?? 3));
  const [documentType, setDocumentType] = useState(type?.documentType ?? NONE);
  const [assignee, setAssignee] = useState(type?.defaultAssigneeId ?? NONE);
  const [active, setActive] = useState(type?.active ?? true);
  const [sortOrder, setSortOrder] = useState(String(type?.sortOrder ?? 0));
  const [attachments, setAttachments] = useState<RequiredAttachment[]>(type?.requiredAttachments ?? []);

  async function submit() {
    const res = await save.run({
      ...(type ? { id: type.id } : {}),
      names,
      deadlineDays: Number(days),
      requiredAttachments: attachments,
      documentType: documentType === NONE ? null : documentType,
      defaultAssigneeId: assignee === NONE ? null : assignee,
      active,
      sortOrder: Number(sortOrder) || 0,
    });
    if (res.ok) onSaved();
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{type ? t('requests.types.edit') : t('requests.types.add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <ErrorAlert error={save.error} />
          <NameFields names={names} onChange={setNames} prefix={t('requests.types.name')} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              size="small"
              type="number"
              label={t('requests.types.deadlineDays')}
              value={days}
              onChange={(e) => setDays(e.target.value)}
              sx={{ flex: '0 0 200px' }}
            />
            <TextField
              select
              size="small"
              label={t('requests.types.documentType')}
              value={documentType}
              onChange={(e) => setDocumentType(e.target.value)}
              sx={{ flex: 1 }}
            >
              <MenuItem value={NONE}>—</MenuItem>
              {DOCUMENT_TYPE_CODES.map((c) => (
                <MenuItem key={c} value={c}>
                  {tKey(`documents.type.${c}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={t('requests.types.defaultAssignee')}
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
              sx={{ flex: 1 }}
            >
              <MenuItem value={NONE}>{t('requests.intake.nobody')}</MenuItem>
              {(assignees.data?.items ?? []).map((u) => (
                <MenuItem key={u.id} value={u.id}>
                  {u.fullName}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction="row" spacing={2} alignItems="center">
            <FormControlLabel
              control={<Switch checked={active} onChange={(e) => setActive(e.target.checked)} />}
              label={t('requests.types.active')}
            />
            <TextField
              size="small"
              type="number"
              label={t('requests.types.sortOrder')}
              value={sortOrder}
              onChange={(e) => setSortOrder(e.target.value)}
              sx={{ width: 140 }}
            />
          </Stack>
          <Typography variant="subtitle2">{t('requests.types.attachments')}</Typography>
          {attachments.map((a, i) => (
            <Stack key={a.id} direction="row" spacing={1} alignItems="center">
              <NameFields
                names={a.names}
                prefix={`${i + 1}`}
                onChange={(next) => setAttachments(attachments.map((x, j) => (j === i ? { ...x, names: next } : x)))}
              />
              <IconButton
                aria-label={t('requests.types.removeAttachment')}
                onClick={() => setAttachments(attachments.filter((_x, j) => j !== i))}
              >
                <DeleteOutline />
              </IconButton>
            </Stack>
          ))}
          <Stack direction="row">
            <Button
              onClick={() =>
                setAttachments([...attachments, { id: `a${Date.now().toString(36)}`, names: EMPTY_NAMES }])
              }
            >
              {t('requests.types.addAttachment')}
            </Button>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('requests.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={save.busy}>
          {t('requests.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
