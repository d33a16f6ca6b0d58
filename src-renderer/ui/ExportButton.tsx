import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Button, type ButtonProps } from '@mui/material';
import { useState } from 'react';
import type { ChannelInput } from '../../src-shared/contract';
import { call } from '../api/client';
import { useI18n } from '../app/i18n';
import { useNotify } from '../app/notify';

export type ExportInput = ChannelInput<'exports.xlsx'>;
export type ExportColumn = ExportInput['columns'][number];
export type ExportRow = ExportInput['rows'][number];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves a file the backend sent as base64 (an export, a report) under its own name. */
export function downloadBase64(fileName: string, data: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(data)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Excel refuses sheet names with `[ ] : * ? / \` and longer than 31 characters; the title names the sheet. */
export function sheetTitle(title: string): string {
  return (
    title
      .replace(/[[\]:*?/\\]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31)
      .trim() || 'Export'
  );
}

interface Props {
  /** Names the sheet and the file (the backend adds the date). */
  title: string;
  /** The columns as the list shows them, in order, with translated headers. */
  columns: readonly ExportColumn[];
  /** The rows as shown, or a loader for the whole list (every page of the current filter). */
  rows: readonly ExportRow[] | (() => Promise<readonly ExportRow[]>);
  disabled?: boolean;
  size?: ButtonProps['size'];
  'data-testid'?: string;
}

/** "Export to .xlsx" for any list: the columns and rows on screen become a workbook the browser downloads. */
export function ExportButton({ title, columns, rows, disabled, size = 'small', ...rest }: Props) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    try {
      const list = typeof rows === 'function' ? await rows() : rows;
      const result = await call('exports.xlsx', { title: sheetTitle(title), columns: [...columns], rows: [...list] });
      if (result.ok) downloadBase64(result.data.fileName, result.data.data);
      else notify(tKey(result.error.key, result.error.params), 'error');
    } catch (err) {
      // A loader that could not fetch the rows reports an envelope error; anything else is a bug.
      const key = (err as { key?: unknown } | null)?.key;
      notify(tKey(typeof key === 'string' ? key : 'error.internal'), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      size={size}
      variant="outlined"
      color="inherit"
      startIcon={<FileDownloadOutlined />}
      onClick={() => void run()}
      disabled={disabled || busy}
      data-testid={rest['data-testid'] ?? 'export-xlsx'}
    >
      {t('export.xlsx')}
    </Button>
  );
}
