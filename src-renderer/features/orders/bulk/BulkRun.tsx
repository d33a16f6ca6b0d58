import PlaylistAddCheckOutlined from '@mui/icons-material/PlaylistAddCheckOutlined';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { tashkentMoment } from '../../../../src-shared/domain/attendance-timetable';
import type { BulkPlan } from '../../../../src-shared/contract/orders';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { call } from '../../../api/client';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import type { ShellDef } from '../../../shells/shells';
import { DateField } from '../../../ui/DateField';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { CLASSIFIERS, codeName } from '../../students/classifiers';
import { CreatedOrders, type Created } from './CreatedOrders';
import { FacultySelect } from './FacultySelect';
import { PlanView } from './PlanView';

export type BulkMode = 'promotion' | 'graduation';
const COURSES = [1, 2, 3, 4, 5, 6];

interface Scope {
  departmentId: string;
  educationForm: string;
  course: number;
}

/**
 * One bulk run: the scope, the dry run (nothing written) and "create orders" from it. The plan's
 * token ties the orders to what was shown: when the data changed meanwhile the backend refuses
 * (CONFLICT) and the person re-runs the check instead of creating orders from a stale list.
 */
export function BulkRun({ mode, shell }: { mode: BulkMode; shell: ShellDef }) {
  const { t, tOr } = useI18n();
  const notify = useNotify();
  const [scope, setScope] = useState<Scope>({ departmentId: '', educationForm: '', course: 1 });
  const [plan, setPlan] = useState<BulkPlan | null>(null);
  const [planError, setPlanError] = useState<AppErrorShape | null>(null);
  const [effectiveDate, setEffectiveDate] = useState(() => tashkentMoment(new Date()).date);
  const [createError, setCreateError] = useState<AppErrorShape | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [busy, setBusy] = useState<'check' | 'create' | null>(null);

  const base = { departmentId: scope.departmentId || null, educationForm: scope.educationForm || null };
  const change = (next: Partial<Scope>) => {
    // A plan belongs to the scope it was made for: another scope needs its own dry run.
    setScope((s) => ({ ...s, ...next }));
    setPlan(null);
    setPlanError(null);
    setCreateError(null);
    setCreated(null);
  };

  async function check(): Promise<void> {
    setBusy('check');
    const res =
      mode === 'promotion'
        ? await call('orders.promotionPlan', { ...base, course: scope.course })
        : await call('orders.graduationPlan', base);
    setBusy(null);
    setPlan(res.ok ? res.data : null);
    setPlanError(res.ok ? null : res.error);
    setCreateError(null);
  }

  async function createOrders(token: string): Promise<void> {
    setBusy('create');
    setCreated(null);
    const res =
      mode === 'promotion'
        ? await call('orders.promotionCreate', { ...base, course: scope.course, effectiveDate, token })
        : await call('orders.graduationCreate', { ...base, effectiveDate, token });
    setBusy(null);
    if (!res.ok) {
      setCreateError(res.error);
      return;
    }
    setCreateError(null);
    const students = 'graduating' in res.data ? res.data.graduating : res.data.promoted + res.data.repeating;
    setCreated({ orderIds: res.data.orderIds, students });
    notify(
      res.data.orderIds.length > 0
        ? t('movements.create.done', { orders: res.data.orderIds.length, students })
        : t('movements.create.nobody'),
      res.data.orderIds.length > 0 ? 'success' : 'info',
    );
    // The fresh plan lists them as already in this run's orders (and carries a new token).
    await check();
  }

  const title = mode === 'promotion' ? t('movements.promotion.tab') : t('movements.graduation.tab');
  const stale = createError?.code === 'CONFLICT';
  return (
    <Stack spacing={2}>
      <SectionCard title={title} hint={t(`movements.${mode}.hint`)}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <FacultySelect value={scope.departmentId} onChange={(departmentId) => change({ departmentId })} />
          <TextField
            select
            size="small"
            label={t('movements.field.educationForm')}
            value={scope.educationForm}
            onChange={(e) => change({ educationForm: e.target.value })}
            sx={{ width: 240, flexShrink: 0 }}
            slotProps={{
              inputLabel: { shrink: true },
              select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'filter-form' } as object },
            }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {CLASSIFIERS.educationForm.map((code) => (
              <MenuItem key={code} value={code}>
                {codeName(tOr, 'educationForm', code)}
              </MenuItem>
            ))}
          </TextField>
          {mode === 'promotion' && (
            <TextField
              select
              size="small"
              label={t('movements.field.course')}
              value={scope.course}
              onChange={(e) => change({ course: Number(e.target.value) })}
              sx={{ width: 120, flexShrink: 0 }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'filter-course' } as object } }}
            >
              {COURSES.map((c) => (
                <MenuItem key={c} value={c}>
                  {c}
                </MenuItem>
              ))}
            </TextField>
          )}
          <Button
            variant="outlined"
            startIcon={<PlaylistAddCheckOutlined />}
            onClick={() => void check()}
            disabled={busy !== null}
            sx={{ flexShrink: 0 }}
            data-testid="bulk-check"
          >
            {t('movements.check')}
          </Button>
        </Stack>
      </SectionCard>
      <ErrorAlert error={planError} />
      {plan && (
        <SectionCard title={t('movements.plan.title')} hint={t('movements.plan.hint')}>
          {/* The create bar and its outcome sit above the list, which may be hundreds of rows long. */}
          <PlanView plan={plan} mode={mode}>
            <Stack direction="row" spacing={2} alignItems="center">
              <DateField
                label={t('movements.field.effectiveDate')}
                value={effectiveDate}
                onChange={setEffectiveDate}
                size="small"
                sx={{ width: 180, flexShrink: 0 }}
                name="effectiveDate"
              />
              <Button
                variant="contained"
                onClick={() => void createOrders(plan.token)}
                disabled={busy !== null || !effectiveDate}
                sx={{ flexShrink: 0 }}
                data-testid="bulk-create"
              >
                {t('movements.create')}
              </Button>
            </Stack>
            <ErrorAlert
              error={createError}
              action={
                stale && (
                  <Button color="inherit" size="small" onClick={() => void check()} data-testid="bulk-recheck">
                    {t('movements.recheck')}
                  </Button>
                )
              }
            />
            {created && <CreatedOrders created={created} shell={shell} />}
          </PlanView>
        </SectionCard>
      )}
      {/* A re-run that failed still leaves the links to what was created. */}
      {!plan && created && <CreatedOrders created={created} shell={shell} />}
    </Stack>
  );
}
