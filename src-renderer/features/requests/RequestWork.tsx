import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import { Button, Link, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { RequestDetail } from '../../../src-shared/contract/requests';
import { formatBytes } from '../../../src-shared/domain/format';
import { isOpen } from '../../../src-shared/domain/request-workflow';
import { typeName } from '../../../src-shared/domain/request-types';
import { call } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { downloadBase64 } from '../../ui/ExportButton';
import { SectionCard } from '../../ui/SectionCard';
import { readFileBase64 } from '../student-import/file-base64';

const TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
type ScanType = (typeof TYPES)[number];
const MAX_BYTES = 10 * 1024 * 1024;
const NOBODY = '__nobody';
const OTHER = '__other';

/** The working side of a request: who has it, notes, the visitor's scans and the papers issued for it. */
export function RequestWork({
  request,
  mayWork,
  onChanged,
}: {
  request: RequestDetail;
  mayWork: boolean;
  onChanged(next: RequestDetail): void;
}) {
  const { t, tKey, locale } = useI18n();
  const notify = useNotify();
  const assignees = useQuery('requests.assignees', {});
  const targets = useQuery('requests.linkTargets', { id: request.id });
  const assign = useMutation('requests.assign');
  const note = useMutation('requests.addNote');
  const attach = useMutation('requests.attach');
  const link = useMutation('requests.link');
  const [noteText, setNoteText] = useState('');
  const [requirement, setRequirement] = useState(OTHER);
  const [target, setTarget] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const open = isOpen(request.status);

  const done = (res: Awaited<ReturnType<typeof assign.run>>) => {
    if (res.ok) onChanged(res.data);
    else {
      // A refused file says why (wrong type, too large) in its issue, not in the envelope's general key.
      const issue = res.error.details?.issues?.[0];
      notify(issue ? tKey(issue.key, issue.params) : tKey(res.error.key, res.error.params), 'error');
    }
    return res.ok;
  };

  async function chosen(f: File | undefined) {
    if (!f) return;
    if (!TYPES.includes(f.type as ScanType)) return notify(tKey('orders.scan.wrongType'), 'error');
    if (f.size === 0 || f.size > MAX_BYTES) return notify(tKey('orders.scan.tooLarge'), 'error');
    done(
      await attach.run({
        id: request.id,
        requirementId: requirement === OTHER ? null : requirement,
        fileName: f.name,
        mimeType: f.type as ScanType,
        data: await readFileBase64(f),
      }),
    );
  }

  async function download(id: string) {
    const res = await call('requests.attachment', { id });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  const requirementName = (id: string | null) => {
    const r = request.requiredAttachments.find((x) => x.id === id);
    return r ? typeName(r.names, locale) : t('requests.files.other');
  };
  const have = new Set(request.attachments.map((a) => a.requirementId));
  const linked = new Set(request.links.map((l) => `${l.kind}:${l.targetId}`));
  const linkable = (targets.data?.items ?? []).filter((x) => !linked.has(`${x.kind}:${x.targetId}`));

  return (
    <SectionCard title={t('requests.detail.work')} fill>
      <Stack spacing={2}>
        <TextField
          select
          size="small"
          label={t('requests.col.assignee')}
          value={request.assigneeId ?? NOBODY}
          disabled={!mayWork || !open || assign.busy}
          onChange={(e) =>
            void assign
              .run({ id: request.id, assigneeId: e.target.value === NOBODY ? null : e.target.value })
              .then(done)
          }
          data-testid="request-assignee"
        >
          <MenuItem value={NOBODY}>{t('requests.intake.nobody')}</MenuItem>
          {(assignees.data?.items ?? []).map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.fullName}
            </MenuItem>
          ))}
        </TextField>

        <Typography variant="subtitle2">{t('requests.files.title')}</Typography>
        {request.requiredAttachments.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('requests.files.required', {
              list: request.requiredAttachments
                .map((r) => `${typeName(r.names, locale)}${have.has(r.id) ? ' ✓' : ''}`)
                .join(', '),
            })}
          </Typography>
        )}
        {request.attachments.map((a) => (
          <Typography key={a.id} variant="body2">
            <Link component="button" onClick={() => void download(a.id)}>
              {a.fileName}
            </Link>{' '}
            · {requirementName(a.requirementId)} · {formatBytes(a.size)} · {a.addedByName}
          </Typography>
        ))}
        {mayWork && (
          <Stack direction="row" spacing={1}>
            <TextField
              select
              size="small"
              label={t('requests.files.answers')}
              value={requirement}
              onChange={(e) => setRequirement(e.target.value)}
              sx={{ flex: 1 }}
            >
              <MenuItem value={OTHER}>{t('requests.files.other')}</MenuItem>
              {request.requiredAttachments.map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {typeName(r.names, locale)}
                </MenuItem>
              ))}
            </TextField>
            <Button startIcon={<AttachFileOutlined />} disabled={attach.busy} onClick={() => file.current?.click()}>
              {t('requests.files.attach')}
            </Button>
            <input
              ref={file}
              type="file"
              hidden
              accept={TYPES.join(',')}
              data-testid="request-file-input"
              onChange={(e) => {
                void chosen(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </Stack>
        )}

        <Typography variant="subtitle2">{t('requests.links.title')}</Typography>
        {request.links.map((l) => (
          <Typography key={l.id} variant="body2">
            {tKey(`requests.link.${l.kind}`)}: {l.label}
          </Typography>
        ))}
        {mayWork && linkable.length > 0 && (
          <Stack direction="row" spacing={1}>
            <TextField
              select
              size="small"
              label={t('requests.links.pick')}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              sx={{ flex: 1 }}
            >
              {linkable.map((x) => (
                <MenuItem key={`${x.kind}:${x.targetId}`} value={`${x.kind}:${x.targetId}`}>
                  {tKey(`requests.link.${x.kind}`)}: {x.label}
                </MenuItem>
              ))}
            </TextField>
            <Button
              disabled={!target || link.busy}
              onClick={() => {
                const [kind, targetId] = target.split(':') as ['document' | 'order' | 'contract', string];
                void link.run({ id: request.id, kind, targetId }).then((res) => done(res) && setTarget(''));
              }}
            >
              {t('requests.links.add')}
            </Button>
          </Stack>
        )}

        {mayWork && (
          <Stack direction="row" spacing={1} alignItems="flex-start">
            <TextField
              size="small"
              label={t('requests.notes.label')}
              value={noteText}
              onChange={(e) => setNoteText(e.target.value)}
              multiline
              sx={{ flex: 1 }}
            />
            <Button
              disabled={!noteText.trim() || note.busy}
              onClick={() =>
                void note.run({ id: request.id, text: noteText }).then((res) => done(res) && setNoteText(''))
              }
            >
              {t('requests.notes.add')}
            </Button>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
