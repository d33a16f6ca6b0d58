import {
  Alert,
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
import { useState } from 'react';
import type { RequestDetail } from '../../../src-shared/contract/requests';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { formatDate } from '../../../src-shared/domain/format';
import { typeName } from '../../../src-shared/domain/request-types';
import { addWorkingDays } from '../../../src-shared/domain/working-days';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { StudentPicker, type PickedStudent } from '../../ui/StudentPicker';

const FIELDS = ['typeId', 'studentId', 'visitor.name', 'visitor.phone', 'visitor.pinfl', 'assigneeId'];
/** The assignee select's value for "the type's default" (the backend picks it when none is sent). */
const DEFAULT = '__default';
const NOBODY = '__nobody';

/**
 * Takes a request at the counter: for the student whose card is open, for a student found here (at the queue
 * window, on the requests list), or for a visitor who is not (yet) a student. Shows the deadline it will get and
 * what the visitor must bring before anything is saved.
 */
export function IntakeDialog({
  open,
  student,
  initialTypeId = '',
  onClose,
  onCreated,
}: {
  open: boolean;
  /** The card's student; null lets the operator find one, or take a visitor's request. */
  student: { id: string; fullName: string } | null;
  /** Preselected type, e.g. the one linked to the queue service the visitor took a ticket for. */
  initialTypeId?: string;
  onClose(): void;
  onCreated(request: RequestDetail): void;
}) {
  const { t, locale } = useI18n();
  const types = useQuery('requests.types', {});
  const assignees = useQuery('requests.assignees', {});
  const calendar = useQuery('requests.calendar', {});
  const create = useMutation('requests.create');
  const field = useFieldErrors(create.error);
  const [typeId, setTypeId] = useState(initialTypeId);
  const [found, setFound] = useState<PickedStudent | null>(null);
  const studentId = student?.id ?? found?.id ?? null;
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [pinfl, setPinfl] = useState('');
  const [description, setDescription] = useState('');
  const [assignee, setAssignee] = useState(DEFAULT);
  const type = types.data?.items.find((x) => x.id === typeId);
  const today = tashkentMoment(new Date()).date;
  const due = type && calendar.data ? addWorkingDays(today, type.deadlineDays, calendar.data.calendar) : null;

  async function submit() {
    const res = await create.run({
      typeId,
      studentId,
      visitor: studentId ? null : { name, phone, pinfl },
      description,
      ...(assignee === DEFAULT ? {} : { assigneeId: assignee === NOBODY ? null : assignee }),
    });
    if (res.ok) onCreated(res.data);
  }

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="intake-title">
      <DialogTitle id="intake-title">
        {student
          ? t('requests.intake.titleFor', { name: student.fullName })
          : found
            ? t('requests.intake.titleFor', { name: found.label.split(' · ')[0] ?? found.label })
            : t('requests.intake.titleVisitor')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <ErrorAlert error={create.error} fields={FIELDS} />
          {types.data && types.data.items.length === 0 && <Alert severity="info">{t('requests.intake.noTypes')}</Alert>}
          <TextField
            select
            required
            label={t('requests.intake.type')}
            value={typeId}
            onChange={(e) => setTypeId(e.target.value)}
            {...field('typeId')}
            data-testid="intake-type"
          >
            {(types.data?.items ?? []).map((x) => (
              <MenuItem key={x.id} value={x.id}>
                {typeName(x.names, locale)}
              </MenuItem>
            ))}
          </TextField>
          {!student && (
            <StudentPicker
              value={found}
              onChange={setFound}
              label={t('requests.intake.student')}
              placeholder={t('requests.intake.studentHint')}
              testId="intake-student"
              sx={{ width: '100%' }}
            />
          )}
          {!studentId && (
            <>
              <TextField
                required
                label={t('requests.intake.visitorName')}
                value={name}
                onChange={(e) => setName(e.target.value)}
                {...field('visitor.name')}
              />
              <Stack direction="row" spacing={2}>
                <TextField
                  label={t('requests.intake.phone')}
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                  {...field('visitor.phone')}
                  sx={{ flex: 1 }}
                />
                <TextField
                  label={t('requests.intake.pinfl')}
                  value={pinfl}
                  onChange={(e) => setPinfl(e.target.value.replace(/\D/g, '').slice(0, 14))}
                  {...field('visitor.pinfl', t('requests.intake.pinflHint'))}
                  sx={{ flex: 1 }}
                />
              </Stack>
            </>
          )}
          <TextField
            label={t('requests.intake.description')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            multiline
            minRows={2}
          />
          <TextField
            select
            label={t('requests.intake.assignee')}
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
            {...field('assigneeId')}
          >
            <MenuItem value={DEFAULT}>
              {type?.defaultAssigneeName
                ? t('requests.intake.typeDefault', { name: type.defaultAssigneeName })
                : t('requests.intake.byType')}
            </MenuItem>
            <MenuItem value={NOBODY}>{t('requests.intake.nobody')}</MenuItem>
            {(assignees.data?.items ?? []).map((u) => (
              <MenuItem key={u.id} value={u.id}>
                {u.fullName}
              </MenuItem>
            ))}
          </TextField>
          {type && (
            <Alert severity="info" data-testid="intake-summary">
              {due && (
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {t('requests.intake.due', { date: formatDate(due), days: type.deadlineDays })}
                </Typography>
              )}
              {type.requiredAttachments.length > 0 && (
                <Typography variant="body2">
                  {t('requests.intake.bring', {
                    list: type.requiredAttachments.map((a) => typeName(a.names, locale)).join(', '),
                  })}
                </Typography>
              )}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('requests.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={create.busy || !typeId}>
          {t('requests.intake.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
