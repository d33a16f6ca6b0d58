import ArrowBack from '@mui/icons-material/ArrowBack';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Box, Button, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import type { Student } from '../../../../src-shared/contract/students';
import { useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useUser } from '../../../app/session';
import { pagePath, type ShellDef } from '../../../shells/shells';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusChip } from '../StatusChip';
import { fullName } from '../student-format';
import { ContactsCard, PersonalCard, PlacementCard } from './CardSections';
import { StudentAttendanceSection } from '../../attendance/StudentAttendanceSection';
import { StudentGradesSection } from '../../grades/StudentGradesSection';
import { StudentDocumentsSection } from '../../documents/StudentDocumentsSection';
import { StudentMovementsSection } from '../../orders/StudentMovementsSection';
import { StudentRequestsSection } from '../../requests/StudentRequestsSection';
import { StudentContractsSection } from '../../contracts/StudentContractsSection';
import { HistorySection } from './HistorySection';
import { IdentifiersSection } from './IdentifiersSection';
import { PhotoPanel } from './PhotoPanel';

/** `/#/<shell>/students/<id>`: everything the counter needs about one student at a glance. */
export function StudentCardPage({ shell }: { shell: ShellDef }) {
  const { id = '' } = useParams();
  return <StudentCard key={id} id={id} shell={shell} />;
}

function BackLink({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const fromSearch = (location.state as { fromSearch?: boolean } | null)?.fromSearch === true;
  const searchPath = pagePath(shell, user.role, 'students') ?? '/';
  return (
    <Button
      startIcon={<ArrowBack />}
      color="inherit"
      size="small"
      sx={{ mb: 1 }}
      // Back to the very results the person came from (the query is in the search page's URL).
      onClick={() => void (fromSearch ? navigate(-1) : navigate(searchPath))}
      data-testid="back-to-search"
    >
      {t('studentCard.backToSearch')}
    </Button>
  );
}

function StudentCard({ id, shell }: { id: string; shell: ShellDef }) {
  const { user } = useUser();
  const student = useQuery('students.get', { id });
  const history = useQuery('students.history', { id });
  const groups = useQuery('students.groups', {});
  const editPath = pagePath(shell, user.role, 'studentEdit', id);
  const s = student.data;

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const g of groups.data ?? []) map.set(g.id, g.name);
    if (s?.faculty) map.set(s.faculty.id, s.faculty.name);
    if (s?.specialty) map.set(s.specialty.id, `${s.specialty.code ?? ''} ${s.specialty.name}`.trim());
    return map;
  }, [groups.data, s]);

  if (!s) {
    return (
      <>
        <BackLink shell={shell} />
        {student.error ? <ErrorAlert error={student.error} /> : <LinearProgress />}
      </>
    );
  }

  const reload = () => {
    student.reload();
    history.reload();
  };

  return (
    <Box data-testid="student-card" data-student-id={s.id}>
      <BackLink shell={shell} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4, md: 3, lg: 2.5 }}>
          <PhotoPanel student={s} canEdit={editPath !== null} onChanged={reload} />
        </Grid>
        <Grid size={{ xs: 12, sm: 8, md: 9, lg: 9.5 }}>
          <Stack spacing={2}>
            <Header student={s} editPath={editPath} />
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, lg: 6 }}>
                <PlacementCard student={s} />
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <IdentifiersSection student={s} onRevealed={history.reload} />
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <PersonalCard student={s} />
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <ContactsCard student={s} />
              </Grid>
            </Grid>
            <StudentRequestsSection student={s} shell={shell} />
            <StudentDocumentsSection student={s} />
            <StudentMovementsSection student={s} shell={shell} />
            <StudentContractsSection student={s} shell={shell} />
            <StudentGradesSection student={s} />
            <StudentAttendanceSection student={s} />
            <HistorySection history={history} names={names} masked={s.identifiersMasked} />
          </Stack>
        </Grid>
      </Grid>
    </Box>
  );
}

function Header({ student: s, editPath }: { student: Student; editPath: string | null }) {
  const { t, locale } = useI18n();
  const names = {
    lat: { text: fullName(s.lastNameLat, s.firstNameLat, s.patronymicLat), lang: 'uz-Latn', testId: 'student-name' },
    cyr: {
      text: fullName(s.lastNameCyr, s.firstNameCyr, s.patronymicCyr),
      lang: 'uz-Cyrl',
      testId: 'student-name-cyr',
    },
  };
  // The name in the script of the interface comes first; the other script right under it.
  const [main, other] = locale === 'uz-Cyrl' && names.cyr.text ? [names.cyr, names.lat] : [names.lat, names.cyr];
  const passport = fullName(s.lastNamePassport, s.firstNamePassport);
  return (
    <Stack direction="row" spacing={2} alignItems="flex-start">
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap>
          <Typography variant="h5" component="h1" lang={main.lang} data-testid={main.testId}>
            {main.text}
          </Typography>
          <StatusChip status={s.status} size="medium" />
        </Stack>
        <Typography variant="h6" component="p" color="text.secondary" lang={other.lang} data-testid={other.testId}>
          {other.text || '—'}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('studentCard.passportSpelling')}:{' '}
          <Box component="span" sx={{ fontWeight: 600, letterSpacing: 0.5 }} data-testid="student-name-passport">
            {passport || '—'}
          </Box>
        </Typography>
      </Box>
      {editPath && (
        <Button
          component={RouterLink}
          to={editPath}
          variant="contained"
          startIcon={<EditOutlined />}
          data-testid="edit-student"
        >
          {t('common.edit')}
        </Button>
      )}
    </Stack>
  );
}
