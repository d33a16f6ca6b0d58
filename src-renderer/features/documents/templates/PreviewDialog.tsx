import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import {
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import type { Locale } from '../../../../src-shared/contract/common';
import type { DocumentTemplate } from '../../../../src-shared/contract/document-templates';
import { call } from '../../../api/client';
import { useI18n } from '../../../app/i18n';
import { downloadBase64 } from '../../../ui/ExportButton';
import { LANG_LABEL } from '../lang-labels';
import { TemplateErrorAlert } from './TemplateErrorAlert';
import type { AppErrorShape } from '../../../../src-shared/errors';

interface Picked {
  id: string;
  label: string;
}

/** Finds a student as the counter search does, as you type. */
function useStudentOptions(query: string): Picked[] {
  const [options, setOptions] = useState<Picked[]>([]);
  useEffect(() => {
    if (query.trim().length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('students.search', { query, limit: 15 }).then((res) => {
        if (!live || !res.ok) return;
        setOptions(
          res.data.items.map((s) => ({
            id: s.id,
            label: [`${s.lastName} ${s.firstName} ${s.patronymic}`.trim(), s.group, s.studentIdNumber]
              .filter(Boolean)
              .join(' · '),
          })),
        );
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return options;
}

/** The template filled with a chosen student's data as of today (no number), downloaded as DOCX. */
export function PreviewDialog({
  template,
  langs,
  onClose,
}: {
  template: DocumentTemplate;
  langs: readonly Locale[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const options = useStudentOptions(query);
  const [student, setStudent] = useState<Picked | null>(null);
  const [lang, setLang] = useState<Locale | ''>(langs[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  async function download() {
    if (!student) return;
    setBusy(true);
    setError(null);
    const res = await call('templates.preview', {
      id: template.id,
      studentId: student.id,
      ...(lang ? { lang } : {}),
    });
    setBusy(false);
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else setError(res.error);
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>
        {t('templates.preview.title')} · v{template.version}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('templates.preview.hint')}
          </Typography>
          <Autocomplete
            size="small"
            options={options}
            value={student}
            filterOptions={(o) => o}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            onChange={(_e, v) => setStudent(v)}
            onInputChange={(_e, v) => setQuery(v)}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('templates.preview.student')}
                slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'template-preview-student' } }}
              />
            )}
          />
          {langs.length > 1 && (
            <TextField
              select
              size="small"
              label={t('templates.preview.lang')}
              value={lang}
              onChange={(e) => setLang(e.target.value as Locale)}
            >
              {langs.map((l) => (
                <MenuItem key={l} value={l}>
                  {LANG_LABEL[l]}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TemplateErrorAlert error={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button
          variant="contained"
          startIcon={<FileDownloadOutlined />}
          disabled={!student || busy}
          onClick={() => void download()}
          data-testid="template-preview-download"
        >
          {t('templates.preview.download')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
