import LockOutlined from '@mui/icons-material/LockOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { IDENTIFIER_REVEALERS, roleMayCall, type Student } from '../../../../src-shared/contract';
import { useT } from '../../../app/i18n';
import { useUser } from '../../../app/session';
import { SectionCard } from '../../../ui/SectionCard';
import { formatPassport } from '../student-format';
import { Facts } from './Facts';
import { RevealDialog } from './RevealDialog';

const mono = { fontFamily: 'ui-monospace, "Cascadia Mono", Consolas, monospace', letterSpacing: 0.3 };

/**
 * PINFL, passport, student id, HEMIS id. Roles that do not work with identifiers every day see
 * PINFL and passport masked; those allowed may reveal them, giving a reason that is audited.
 */
export function IdentifiersSection({ student, onRevealed }: { student: Student; onRevealed(): void }) {
  const t = useT();
  const { user } = useUser();
  const [dialog, setDialog] = useState(false);
  const [revealed, setRevealed] = useState<{ pinfl: string | null; passport: string | null } | null>(null);
  const pinfl = revealed ? revealed.pinfl : student.pinfl;
  const passport = revealed ? revealed.passport : student.passport;
  const masked = student.identifiersMasked && !revealed;
  const mayReveal = masked && roleMayCall(user.role, IDENTIFIER_REVEALERS) && (student.pinfl || student.passport);

  return (
    <SectionCard title={t('studentCard.section.identifiers')} fill>
      <Facts
        rows={[
          {
            name: 'pinfl',
            label: t('auditField.pinfl'),
            value: pinfl && (
              <Stack direction="row" spacing={1} alignItems="center" component="span">
                <Box component="span" sx={mono}>
                  {pinfl}
                </Box>
                {student.pinflCheckAccepted && (
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    label={t('studentCard.pinflAccepted')}
                    sx={{ height: 20, fontSize: 11 }}
                  />
                )}
              </Stack>
            ),
          },
          {
            name: 'passport',
            label: t('auditField.passport'),
            value: passport && (
              <Box component="span" sx={mono}>
                {formatPassport(passport)}
              </Box>
            ),
          },
          {
            name: 'studentIdNumber',
            label: t('auditField.studentIdNumber'),
            value: student.studentIdNumber && (
              <Box component="span" sx={mono}>
                {student.studentIdNumber}
              </Box>
            ),
          },
          { name: 'hemisId', label: t('auditField.hemisId'), value: student.hemisId?.toString() ?? '' },
        ]}
      />
      {(masked || revealed) && (
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 2 }}>
          {masked ? <LockOutlined fontSize="small" color="disabled" /> : <VisibilityOutlined fontSize="small" />}
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} data-testid="identifiers-note">
            {masked ? t('studentCard.masked') : t('studentCard.revealed')}
          </Typography>
          {mayReveal && (
            <Button
              size="small"
              variant="outlined"
              startIcon={<VisibilityOutlined />}
              onClick={() => setDialog(true)}
              data-testid="reveal"
            >
              {t('studentCard.reveal.action')}
            </Button>
          )}
        </Stack>
      )}
      {dialog && (
        <RevealDialog
          studentId={student.id}
          onClose={() => setDialog(false)}
          onRevealed={(values) => {
            setDialog(false);
            setRevealed(values);
            onRevealed();
          }}
        />
      )}
    </SectionCard>
  );
}
