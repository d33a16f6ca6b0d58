import { MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { DocumentParams } from '../../../src-shared/contract/documents';
import type { DocumentTypeCode } from '../../../src-shared/domain/documents/catalog';
import { useI18n } from '../../app/i18n';
import { DateField } from '../../ui/DateField';

/** Which types ask the counter for more than the student (DOMAIN §3.5 summons, §3.6 dormitory). */
export function hasParams(type: DocumentTypeCode): boolean {
  return type === 'summons' || type === 'dormitory';
}

/**
 * What the counter types for this document: the summons' session and employer, the dormitory's building,
 * room and placement order. Empty fields print as lines to fill by hand. Text is passed on when a field is
 * left (not on every key), so the preview is not redrawn while typing.
 */
export function DocumentParamsFields({
  type,
  value,
  onChange,
}: {
  type: DocumentTypeCode;
  value: DocumentParams;
  onChange(next: DocumentParams): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<DocumentParams>(value);
  const set = (patch: Partial<DocumentParams>, commit = false) => {
    const next = { ...draft, ...patch };
    for (const k of Object.keys(next) as (keyof DocumentParams)[]) if (next[k] === '') delete next[k];
    setDraft(next);
    if (commit) onChange(next);
  };
  const text = (key: 'employer' | 'dormitory' | 'room' | 'placementOrder', flex: string) => (
    <TextField
      size="small"
      label={t(`documents.params.${key}`)}
      value={draft[key] ?? ''}
      onChange={(e) => set({ [key]: e.target.value })}
      onBlur={() => onChange(draft)}
      sx={{ flex }}
      inputProps={{ 'data-testid': `param-${key}` }}
    />
  );
  if (type === 'summons')
    return (
      <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap data-testid="document-params">
        <DateField
          size="small"
          label={t('documents.params.sessionFrom')}
          value={draft.sessionFrom ?? ''}
          onChange={(v) => set({ sessionFrom: v }, true)}
          sx={{ flex: '0 1 160px' }}
        />
        <DateField
          size="small"
          label={t('documents.params.sessionTo')}
          value={draft.sessionTo ?? ''}
          onChange={(v) => set({ sessionTo: v }, true)}
          sx={{ flex: '0 1 160px' }}
        />
        <TextField
          select
          size="small"
          label={t('documents.params.sessionKind')}
          value={draft.sessionKind ?? 'exam'}
          onChange={(e) => set({ sessionKind: e.target.value as DocumentParams['sessionKind'] }, true)}
          sx={{ flex: '1 1 220px' }}
        >
          {(['exam', 'attestation', 'defence'] as const).map((k) => (
            <MenuItem key={k} value={k}>
              {t(`documents.params.sessionKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('employer', '1 1 100%')}
      </Stack>
    );
  if (type === 'dormitory')
    return (
      <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap data-testid="document-params">
        {text('dormitory', '1 1 260px')}
        {text('room', '0 1 120px')}
        {text('placementOrder', '1 1 200px')}
      </Stack>
    );
  return null;
}
