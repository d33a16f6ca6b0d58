import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ApplicationDetail } from '../../../src-shared/contract/foreign';
import { availableActions, type ApplicationAction } from '../../../src-shared/domain/foreign-admission';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, pathOf, routesFor, type ShellDef } from '../../shells/shells';
import { useFieldErrors } from '../../ui/field-errors';
import { RegisterDialog } from './RegisterDialog';

type Step = Exclude<ApplicationAction, 'register'>;

/**
 * The next steps of an application: submit, documents complete, admit, reject (with a reason); registration
 * once admitted; then the student card and the foreign payment contract.
 */
export function ApplicationActions({
  shell,
  application,
  onChanged,
}: {
  shell: ShellDef;
  application: ApplicationDetail;
  onChanged(next: ApplicationDetail): void;
}) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const transition = useMutation('foreign.transition');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [registering, setRegistering] = useState(false);
  const field = useFieldErrors(transition.error);
  const steps = availableActions(application.status) as Step[];
  const studentPath = application.studentId ? pagePath(shell, user.role, 'studentCard', application.studentId) : null;
  // The contracts feature owns `contracts/new`; the button shows only where that screen exists for the role.
  const contractRoute = routesFor(shell, user.role).find((r) => r.path === 'contracts/new');
  const contractPath =
    contractRoute && application.studentId
      ? `${pathOf(shell, contractRoute)}?student=${encodeURIComponent(application.studentId)}&kind=foreign`
      : null;

  async function run(action: Step) {
    const res = await transition.run({ id: application.id, action, reason: action === 'reject' ? reason : '' });
    if (res.ok) {
      setRejecting(false);
      onChanged(res.data);
    }
  }

  const inlineError = transition.error && !rejecting ? transition.error : null;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {steps
          .filter((s) => s !== 'reject')
          .map((s) => (
            <Button key={s} variant="contained" disabled={transition.busy} onClick={() => void run(s)}>
              {tKey(`foreign.action.${s}`)}
            </Button>
          ))}
        {application.status === 'admitted' && (
          <Button variant="contained" color="success" onClick={() => setRegistering(true)}>
            {t('foreign.register.open')}
          </Button>
        )}
        {studentPath && (
          <Button component={RouterLink} to={studentPath} variant="outlined">
            {t('foreign.page.studentCard')}
          </Button>
        )}
        {contractPath && application.status === 'registered' && (
          <Button component={RouterLink} to={contractPath} variant="contained">
            {t('foreign.page.drawContract')}
          </Button>
        )}
        {steps.includes('reject') && (
          <Button color="error" onClick={() => (setReason(''), transition.clearError(), setRejecting(true))}>
            {tKey('foreign.action.reject')}
          </Button>
        )}
      </Stack>
      {inlineError && (
        <Alert severity="error">
          {tKey(inlineError.details?.issues?.[0]?.key ?? inlineError.key, inlineError.params)}
        </Alert>
      )}
      {rejecting && (
        <Dialog open onClose={() => setRejecting(false)} fullWidth maxWidth="sm" aria-labelledby="foreign-reject-title">
          <DialogTitle id="foreign-reject-title">{t('foreign.reject.title')}</DialogTitle>
          <DialogContent>
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={2}
              sx={{ mt: 1 }}
              label={t('foreign.reject.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              {...field('reason')}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setRejecting(false)}>{t('common.cancel')}</Button>
            <Button color="error" variant="contained" disabled={transition.busy} onClick={() => void run('reject')}>
              {t('foreign.reject.confirm')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {registering && (
        <RegisterDialog
          application={application}
          onClose={() => setRegistering(false)}
          onDone={(next) => {
            setRegistering(false);
            onChanged(next);
          }}
        />
      )}
    </Stack>
  );
}
