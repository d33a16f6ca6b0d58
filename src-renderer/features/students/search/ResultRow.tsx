import KeyboardReturn from '@mui/icons-material/KeyboardReturn';
import { Box, Chip, ListItemButton, Stack, Typography } from '@mui/material';
import type { StudentListItem } from '../../../../src-shared/contract/students';
import { formatDate } from '../../../../src-shared/domain/format';
import { useI18n } from '../../../app/i18n';
import { StatusChip } from '../StatusChip';
import { StudentAvatar } from '../StudentAvatar';
import { fullName } from '../student-format';

interface Props {
  item: StudentListItem;
  id: string;
  active: boolean;
  onOpen(): void;
  onHover(): void;
}

/** One found student: photo, names in both scripts, group and course, status, and what matched. */
export function ResultRow({ item, id, active, onOpen, onHover }: Props) {
  const { t, locale } = useI18n();
  const latin = {
    text: fullName(item.lastName, item.firstName, item.patronymic),
    lang: 'uz-Latn',
    testId: 'result-name',
  };
  const cyrillic = {
    text: fullName(item.lastNameCyr, item.firstNameCyr, item.patronymicCyr),
    lang: 'uz-Cyrl',
    testId: 'result-name-cyr',
  };
  // The interface's script first: a Cyrillic counter reads Cyrillic names.
  const [main, other] = locale === 'uz-Cyrl' && cyrillic.text ? [cyrillic, latin] : [latin, cyrillic];
  const details = [
    item.studentIdNumber ? `ID ${item.studentIdNumber}` : null,
    item.birthDate ? formatDate(item.birthDate) : null,
  ].filter((d): d is string => d !== null);
  return (
    <ListItemButton
      id={id}
      role="option"
      aria-selected={active}
      selected={active}
      onClick={onOpen}
      onMouseMove={active ? undefined : onHover}
      tabIndex={-1}
      data-testid="search-result"
      data-student-id={item.id}
      data-match={item.match}
      sx={{
        gap: 2,
        py: 1,
        borderLeft: '3px solid',
        borderColor: active ? 'primary.main' : 'transparent',
        '&.Mui-selected': { bgcolor: '#e8f0fa' },
        '&.Mui-selected:hover': { bgcolor: '#dde8f6' },
      }}
    >
      <StudentAvatar
        thumb={item.thumb}
        lastName={main === cyrillic ? item.lastNameCyr : item.lastName}
        firstName={main === cyrillic ? item.firstNameCyr : item.firstName}
        seed={item.id}
      />
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography fontWeight={600} noWrap lang={main.lang} data-testid={main.testId}>
          {main.text}
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap lang={other.lang} data-testid={other.testId}>
          {other.text || '—'}
        </Typography>
        {details.length > 0 && (
          <Typography variant="caption" color="text.secondary" noWrap component="div">
            {details.join(' · ')}
          </Typography>
        )}
      </Box>
      <Stack alignItems="flex-end" spacing={0.5} sx={{ flexShrink: 0, minWidth: 150 }}>
        <Stack direction="row" spacing={1} alignItems="center">
          {item.group && (
            <Typography variant="body2" fontWeight={600} data-testid="result-group">
              {item.group}
            </Typography>
          )}
          {item.course !== null && (
            <Typography variant="body2" color="text.secondary">
              {t('student.courseN', { course: item.course })}
            </Typography>
          )}
        </Stack>
        <Stack direction="row" spacing={1} alignItems="center">
          <Chip
            size="small"
            variant="outlined"
            label={t(`studentSearch.match.${item.match}`)}
            title={t('studentSearch.matchedBy')}
            data-testid="result-match"
            sx={{ height: 22, fontSize: 12, color: 'text.secondary' }}
          />
          <StatusChip status={item.status} />
        </Stack>
      </Stack>
      <KeyboardReturn
        fontSize="small"
        color="primary"
        aria-hidden
        sx={{ flexShrink: 0, visibility: active ? 'visible' : 'hidden' }}
      />
    </ListItemButton>
  );
}
