import AddAPhotoOutlined from '@mui/icons-material/AddAPhotoOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { Box, Button, CircularProgress, FormHelperText, Stack, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import type { Student } from '../../../../src-shared/contract/students';
import { useMutation } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { avatarColor, initials } from '../student-format';
import { PhotoError, preparePhoto, PHOTO_TYPES } from './photo';

/** The card photo (3:4, as on documents); editors upload a picture of any size, it is scaled here. */
export function PhotoPanel({ student, canEdit, onChanged }: { student: Student; canEdit: boolean; onChanged(): void }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const setPhoto = useMutation('students.setPhoto');
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function save(photo: string, thumb: string) {
    const result = await setPhoto.run({ id: student.id, photo, thumb });
    if (!result.ok) return setProblem(tKey(result.error.key, result.error.params));
    notify(photo ? t('studentCard.photo.saved') : t('studentCard.photo.removed'));
    onChanged();
  }

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setProblem(null);
    setWorking(true);
    try {
      const { photo, thumb } = await preparePhoto(file);
      await save(photo, thumb);
    } catch (err) {
      const kind = err instanceof PhotoError ? err.problem : 'unreadable';
      setProblem(t(`studentCard.photo.problem.${kind}`));
    } finally {
      setWorking(false);
    }
  }

  const name = `${student.lastNameLat} ${student.firstNameLat}`;
  return (
    <Stack spacing={1.5} alignItems="stretch">
      <Box
        sx={{
          aspectRatio: '3 / 4',
          borderRadius: 1,
          overflow: 'hidden',
          border: '1px solid',
          borderColor: 'divider',
          display: 'grid',
          placeItems: 'center',
          bgcolor: student.photo ? '#fff' : avatarColor(student.id),
          position: 'relative',
        }}
      >
        {student.photo ? (
          <Box
            component="img"
            src={student.photo}
            alt={t('studentCard.photo.alt', { name })}
            sx={{ width: '100%', height: '100%', objectFit: 'cover' }}
            data-testid="student-photo"
          />
        ) : (
          <Typography sx={{ color: '#fff', fontSize: 56, fontWeight: 600 }} data-testid="student-photo-initials">
            {initials(student.lastNameLat, student.firstNameLat)}
          </Typography>
        )}
        {working && (
          <Box sx={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', bgcolor: '#fff9' }}>
            <CircularProgress size={32} />
          </Box>
        )}
      </Box>
      {canEdit && (
        <>
          <Button
            component="label"
            variant="outlined"
            size="small"
            startIcon={<AddAPhotoOutlined />}
            disabled={working || setPhoto.busy}
          >
            {student.photo ? t('studentCard.photo.replace') : t('studentCard.photo.upload')}
            <input
              hidden
              type="file"
              accept={PHOTO_TYPES.join(',')}
              onChange={(e) => void pick(e)}
              data-testid="photo-input"
            />
          </Button>
          {student.photo && (
            <Button
              color="inherit"
              size="small"
              startIcon={<DeleteOutline />}
              disabled={working || setPhoto.busy}
              onClick={() => void save('', '')}
            >
              {t('studentCard.photo.remove')}
            </Button>
          )}
          <FormHelperText error={problem !== null} sx={{ m: 0 }}>
            {problem ?? t('studentCard.photo.hint')}
          </FormHelperText>
        </>
      )}
    </Stack>
  );
}
