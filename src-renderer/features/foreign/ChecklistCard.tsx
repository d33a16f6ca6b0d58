import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import {
  Button,
  Checkbox,
  Chip,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { ApplicationDetail } from '../../../src-shared/contract/foreign';
import type { ChecklistItemId } from '../../../src-shared/domain/foreign-admission';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { DateField } from '../../ui/DateField';
import { downloadBase64 } from '../../ui/ExportButton';
import { SectionCard } from '../../ui/SectionCard';
import { readFileBase64 } from '../student-import/file-base64';

const TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
type ScanType = (typeof TYPES)[number];
const MAX_BYTES = 10 * 1024 * 1024;
type Entry = ApplicationDetail['checklist'][number];

/**
 * The documents checklist: each document received or not, when, a note, and its scan. Every change is saved at
 * once (one audited command each), so two clerks ticking documents never overwrite each other's work.
 */
export function ChecklistCard({
  application,
  editable,
  onChanged,
}: {
  application: ApplicationDetail;
  editable: boolean;
  onChanged(next: ApplicationDetail): void;
}) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploadFor, setUploadFor] = useState<ChecklistItemId | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const fail = (e: { key: string; params?: Record<string, string | number> | undefined; details?: unknown }) => {
    const issue = (e.details as { issues?: { key: string; params?: Record<string, string | number> }[] } | undefined)
      ?.issues?.[0];
    notify(issue ? tKey(issue.key, issue.params) : tKey(e.key, e.params), 'error');
  };

  async function save(entry: Entry, patch: Partial<Pick<Entry, 'received' | 'receivedOn' | 'note'>>) {
    const next = { ...entry, ...patch };
    const res = await call('foreign.setChecklistItem', {
      id: application.id,
      item: entry.item,
      received: next.received,
      receivedOn: next.received ? next.receivedOn : null,
      note: next.note,
    });
    if (res.ok) onChanged(res.data);
    else fail(res.error);
  }

  async function upload(file: File | undefined) {
    const item = uploadFor;
    if (!file || !item) return;
    if (!TYPES.includes(file.type as ScanType)) return notify(t('foreign.scan.wrongType'), 'error');
    if (file.size === 0 || file.size > MAX_BYTES) return notify(t('foreign.scan.tooLarge'), 'error');
    const res = await call('foreign.attachFile', {
      id: application.id,
      item,
      fileName: file.name,
      mimeType: file.type as ScanType,
      data: await readFileBase64(file),
    });
    if (res.ok) {
      notify(t('foreign.scan.attached'));
      onChanged(res.data);
    } else fail(res.error);
  }

  async function open(fileId: string) {
    const res = await call('foreign.file', { fileId });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else fail(res.error);
  }

  async function remove(fileId: string) {
    const res = await call('foreign.removeFile', { fileId });
    if (res.ok) onChanged(res.data);
    else fail(res.error);
  }

  return (
    <SectionCard title={t('foreign.checklist.title')} hint={t('foreign.checklist.hint')}>
      <Table size="small" aria-label={t('foreign.checklist.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('foreign.checklist.document')}</TableCell>
            <TableCell sx={{ width: 150 }}>{t('foreign.checklist.receivedOn')}</TableCell>
            <TableCell>{t('foreign.checklist.note')}</TableCell>
            <TableCell>{t('foreign.checklist.scan')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {application.checklist.map((e) => {
            const label = tKey(`foreign.item.${e.item}`);
            const file = application.files.find((f) => f.item === e.item);
            return (
              <TableRow key={e.item} data-testid="checklist-item" data-item={e.item} data-received={e.received}>
                <TableCell>
                  <Stack direction="row" alignItems="center" spacing={1}>
                    <Checkbox
                      checked={e.received}
                      disabled={!editable}
                      onChange={(ev) => void save(e, { received: ev.target.checked })}
                      slotProps={{ input: { 'aria-label': label } }}
                    />
                    <span>{label}</span>
                    {e.required ? (
                      <Chip size="small" variant="outlined" label={t('foreign.checklist.required')} />
                    ) : null}
                  </Stack>
                </TableCell>
                <TableCell>
                  {e.received && (
                    <DateField
                      size="small"
                      value={e.receivedOn ?? ''}
                      onChange={(v) => v && void save(e, { receivedOn: v })}
                      disabled={!editable}
                      slotProps={{
                        htmlInput: { 'aria-label': t('foreign.checklist.receivedOnOf', { document: label }) },
                      }}
                    />
                  )}
                </TableCell>
                <TableCell>
                  <TextField
                    size="small"
                    fullWidth
                    value={notes[e.item] ?? e.note}
                    disabled={!editable}
                    onChange={(ev) => setNotes((n) => ({ ...n, [e.item]: ev.target.value }))}
                    onBlur={() => {
                      const note = notes[e.item];
                      if (note !== undefined && note !== e.note) void save(e, { note });
                    }}
                    slotProps={{ htmlInput: { 'aria-label': t('foreign.checklist.noteOf', { document: label }) } }}
                  />
                </TableCell>
                <TableCell>
                  <Stack direction="row" alignItems="center" spacing={0.5}>
                    {file && (
                      <Button size="small" startIcon={<DescriptionOutlined />} onClick={() => void open(file.id)}>
                        {file.fileName}
                      </Button>
                    )}
                    {file && editable && (
                      <Tooltip title={t('foreign.scan.remove')}>
                        <IconButton
                          size="small"
                          aria-label={t('foreign.scan.removeOf', { document: label })}
                          onClick={() => void remove(file.id)}
                        >
                          <DeleteOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                    {editable && (
                      <Tooltip title={file ? t('foreign.scan.replace') : t('foreign.scan.attach')}>
                        <IconButton
                          size="small"
                          aria-label={t('foreign.scan.attachOf', { document: label })}
                          onClick={() => {
                            setUploadFor(e.item);
                            fileInput.current?.click();
                          }}
                        >
                          <AttachFileOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <input
        ref={fileInput}
        type="file"
        hidden
        accept={TYPES.join(',')}
        data-testid="checklist-file-input"
        onChange={(ev) => {
          void upload(ev.target.files?.[0]);
          ev.target.value = '';
        }}
      />
    </SectionCard>
  );
}
