import AddOutlined from '@mui/icons-material/AddOutlined';
import ConfirmationNumberOutlined from '@mui/icons-material/ConfirmationNumberOutlined';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { contract, roleMayCall } from '../../../src-shared/contract';
import type { Student } from '../../../src-shared/contract/students';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { SectionCard } from '../../ui/SectionCard';
import { IntakeDialog } from './IntakeDialog';
import { RequestsTable } from './RequestsPage';

/** On the student card: the student's requests and a button to take a new one (issue 7). */
export function StudentRequestsSection({ student, shell }: { student: Student; shell: ShellDef }) {
  const { user } = useUser();
  // The read-only viewer opens cards but not requests (visitors' data): the section is not drawn at all.
  if (!roleMayCall(user.role, contract['requests.list'].access)) return null;
  return <Section student={student} shell={shell} />;
}

function Section({ student, shell }: { student: Student; shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const list = useQuery('requests.list', { studentId: student.id, limit: 100 });
  const [intake, setIntake] = useState(false);
  const mayTake = roleMayCall(user.role, contract['requests.create'].access);
  // A ticket for this student: the window that calls it sees whom it calls, and takes the request for them.
  const ticketPath = pagePath(shell, user.role, 'queueIssue');
  const fullName = [student.lastNameLat, student.firstNameLat, student.patronymicLat].filter(Boolean).join(' ');
  const open = (id: string) => {
    const path = pagePath(shell, user.role, 'requestDetail', id);
    if (path) void navigate(path);
  };

  return (
    <SectionCard title={t('requests.card.title')}>
      <Stack spacing={1.5} data-testid="student-requests">
        {(mayTake || ticketPath) && (
          <Stack direction="row" spacing={1}>
            {mayTake && (
              <Button variant="outlined" startIcon={<AddOutlined />} onClick={() => setIntake(true)}>
                {t('requests.take')}
              </Button>
            )}
            {ticketPath && (
              <Button
                variant="outlined"
                color="inherit"
                startIcon={<ConfirmationNumberOutlined />}
                component={RouterLink}
                to={`${ticketPath}?student=${encodeURIComponent(student.id)}`}
              >
                {t('requests.card.ticket')}
              </Button>
            )}
          </Stack>
        )}
        <RequestsTable items={list.data?.items ?? []} onOpen={open} loaded={!!list.data} showApplicant={false} />
      </Stack>
      {intake && (
        <IntakeDialog
          open
          student={{ id: student.id, fullName }}
          onClose={() => setIntake(false)}
          onCreated={(r) => {
            setIntake(false);
            notify(t('requests.intake.done', { number: r.number }));
            list.reload();
          }}
        />
      )}
    </SectionCard>
  );
}
