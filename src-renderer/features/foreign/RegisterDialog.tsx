import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ApplicationDetail } from '../../../src-shared/contract/foreign';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * Registration of an admitted applicant: pick one of the groups of the applicant's specialty, form and course;
 * the student is created in it with the group's subjects for the rest of the year.
 */
export function RegisterDialog({
  application,
  onClose,
  onDone,
}: {
  application: ApplicationDetail;
  onClose(): void;
  onDone(next: ApplicationDetail): void;
}) {
  const { t, tKey } = useI18n();
  const groups = useQuery('foreign.groups', { id: application.id });
  const register = useMutation('foreign.register');
  const [groupId, setGroupId] = useState('');
  const issue = register.error?.details?.issues?.[0];

  async function confirm() {
    const res = await register.run({ id: application.id, groupId });
    if (res.ok) onDone(res.data);
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="foreign-register-title">
      <DialogTitle id="foreign-register-title">{t('foreign.register.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {t('foreign.register.intro')}
          </Typography>
          <ErrorAlert error={groups.error ?? (issue ? null : register.error)} />
          {issue && <Alert severity="error">{tKey(issue.key, issue.params)}</Alert>}
          {groups.data && groups.data.length === 0 && (
            <Alert severity="warning">{t('foreign.register.noGroups')}</Alert>
          )}
          <RadioGroup
            aria-label={t('foreign.register.group')}
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
          >
            {(groups.data ?? []).map((g) => (
              <FormControlLabel
                key={g.id}
                value={g.id}
                control={<Radio />}
                label={
                  <span>
                    <strong>{g.name}</strong> · {tKey(`code.educationLang.${g.educationLang}`)} · {g.faculty}
                    <Typography variant="caption" display="block" color="text.secondary">
                      {t('foreign.register.groupInfo', { students: g.students, subjects: g.subjects })}
                    </Typography>
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!groupId || register.busy} onClick={() => void confirm()}>
          {t('foreign.register.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
