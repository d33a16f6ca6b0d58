import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useRef, useState, type DragEvent } from 'react';
import { useT } from '../../app/i18n';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Step 1: a file chosen with the button or dropped on the area. The backend decides what it is. */
export function FileDrop({ reading, onFile }: { reading: string | null; onFile(file: File): void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !reading) onFile(file);
  }

  return (
    <Paper
      variant="outlined"
      data-testid="import-drop"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        p: 5,
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'background.paper',
        textAlign: 'center',
        transition: 'background-color 120ms, border-color 120ms',
      }}
    >
      <Stack alignItems="center" spacing={1.5}>
        {reading ? (
          <>
            <CircularProgress size={40} />
            <Typography>{t('importWizard.file.reading', { file: reading })}</Typography>
          </>
        ) : (
          <>
            <UploadFileOutlined color={over ? 'primary' : 'action'} sx={{ fontSize: 48 }} />
            <Typography variant="h6" component="p">
              {t('importWizard.file.drop')}
            </Typography>
            <Typography color="text.secondary">{t('importWizard.file.or')}</Typography>
            <Button variant="contained" onClick={() => input.current?.click()} data-testid="import-choose">
              {t('importWizard.file.choose')}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {t('importWizard.file.hint')}
            </Typography>
          </>
        )}
      </Stack>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it in Excel) fires again.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </Paper>
  );
}
