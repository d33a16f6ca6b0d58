import { Button, Grid, Stack, TextField, Typography } from '@mui/material';
import { useRef, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { MANAGERS, roleMayCall, type Student } from '../../../../src-shared/contract';
import { useMutation } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { useUser } from '../../../app/session';
import { pagePath, type ShellDef } from '../../../shells/shells';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { useSaveShortcut } from '../../../ui/use-save-shortcut';
import { fullName } from '../student-format';
import { useFieldProps } from './field-props';
import { IdentitySection } from './IdentitySection';
import { NamesSection } from './NamesSection';
import { PlacementSection } from './PlacementSection';
import { STUDENT_DRAFT_FIELDS } from '../../../../src-shared/domain/student-validation';
import { draftToInput, type Draft } from './student-draft';
import { useStudentForm } from './use-student-form';

/** Paths shown under their own fields; any other issue of the envelope is listed in the banner. */
const FIELDS: readonly string[] = [
  ...STUDENT_DRAFT_FIELDS,
  'address',
  'studentIdNumber',
  'groupId',
  'paymentForm',
  'status',
];

/** Create a student (`student` null) or edit one; after saving, the card opens. */
export function StudentForm({ shell, student, initial }: { shell: ShellDef; student: Student | null; initial: Draft }) {
  const { t } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const create = useMutation('students.create');
  const update = useMutation('students.update');
  const mutation = student ? update : create;
  const form = useStudentForm(initial, mutation.error, student?.pinflCheckAccepted ? student.pinfl : null);
  const field = useFieldProps(form);
  const formRef = useRef<HTMLFormElement>(null);
  useSaveShortcut(formRef);
  const mayAcceptCheckDigit = roleMayCall(user.role, MANAGERS);

  function cardPath(id: string) {
    return pagePath(shell, user.role, 'studentCard', id);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.beginSubmit()) {
      // The first field that needs the person, so the keyboard lands where the work is.
      requestAnimationFrame(() =>
        formRef.current
          ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="script-notice"] button')
          ?.focus(),
      );
      return;
    }
    form.markSent();
    const input = draftToInput(form.draft, form.acceptWarnings(mayAcceptCheckDigit));
    const result = student ? await update.run({ ...input, id: student.id }) : await create.run(input);
    if (!result.ok) return;
    notify(student ? t('studentForm.updated') : t('studentForm.created'));
    const path = cardPath(result.data.id);
    if (path) void navigate(path, { replace: student === null });
  }

  function cancel() {
    const path = student ? cardPath(student.id) : pagePath(shell, user.role, 'students');
    void navigate(path ?? '/');
  }

  return (
    <form
      ref={formRef}
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="student-form"
      data-unsaved={form.dirty || undefined}
    >
      <PageHeader
        title={
          student
            ? t('studentForm.editTitle', { name: fullName(student.lastNameLat, student.firstNameLat) })
            : t('studentForm.newTitle')
        }
        intro={t('studentForm.intro')}
        actions={
          <>
            <Button color="inherit" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={mutation.busy}
              title={t('common.saveShortcut')}
              data-testid="student-save"
            >
              {student ? t('common.save') : t('common.create')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={mutation.error} fields={FIELDS} sx={{ mb: 2 }} />
      {form.submitted && form.check.errors.length > 0 && (
        <Typography color="error" variant="body2" sx={{ mb: 2 }} role="status">
          {t('studentForm.fixErrors', { count: form.check.errors.length })}
        </Typography>
      )}
      <Stack spacing={2}>
        <NamesSection form={form} field={field} />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: 6 }}>
            <IdentitySection form={form} field={field} mayAcceptCheckDigit={mayAcceptCheckDigit} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <PlacementSection form={form} field={field} />
          </Grid>
        </Grid>
        <SectionCard title={t('studentForm.section.contacts')}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField
                label={t('auditField.phone')}
                type="tel"
                {...field('phone', t('studentForm.phoneHint', { example: '90 123 45 67' }))}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField label={t('auditField.email')} type="email" {...field('email')} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField label={t('auditField.address')} {...field('address')} />
            </Grid>
          </Grid>
        </SectionCard>
      </Stack>
    </form>
  );
}
