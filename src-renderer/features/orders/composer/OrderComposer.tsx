import SaveOutlined from '@mui/icons-material/SaveOutlined';
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Locale } from '../../../../src-shared/contract/common';
import type { OrderDetail, OrderLineView } from '../../../../src-shared/contract/orders';
import type { Department } from '../../../../src-shared/contract/structure-models';
import { tashkentMoment } from '../../../../src-shared/domain/attendance-timetable';
import type { OrderType } from '../../../../src-shared/domain/orders';
import { useMutation, useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { useUser } from '../../../app/session';
import { pagePath, type ShellDef } from '../../../shells/shells';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { useSaveShortcut } from '../../../ui/use-save-shortcut';
import { OrderTextPreview } from '../detail/OrderTextPreview';
import {
  addStudents,
  applyToAll,
  changeType,
  COMPOSABLE_TYPES,
  defaultText,
  draftInput,
  lineInput,
  type ComposerLine,
  type ComposerState,
  type StudentRef,
} from './composer-state';
import { LinesTable } from './LinesTable';
import { SameForAllRow } from './SameForAllRow';
import { StudentAdder } from './StudentAdder';
import { TextPartsEditor } from './TextPartsEditor';
import { useOrderCheck } from './use-order-check';

/** A faculty's name in the UI language, the Uzbek Latin one when that is missing. */
function departmentName(d: Department, locale: Locale): string {
  const byLocale = { 'uz-Latn': d.nameUzLatn, 'uz-Cyrl': d.nameUzCyrl, ru: d.nameRu, en: d.nameEn }[locale];
  return byLocale || d.nameUzLatn;
}

/**
 * Type → students → their fields (with the live check) → the wording → "Save draft". A new order becomes
 * `orders/<id>` once saved; a saved draft shows its generated text and the draft's actions (`actions`).
 */
export function OrderComposer({
  shell,
  initial,
  saved,
  header,
  onSaved,
  onOverride,
}: {
  shell: ShellDef;
  initial: ComposerState;
  /** The saved draft (null while new): its text preview and overrides. */
  saved: OrderDetail | null;
  /** Title line with the draft's actions; told whether there are unsaved changes. */
  header(dirty: boolean, save: ReactNode): ReactNode;
  onSaved(next: OrderDetail): void;
  onOverride?(line: OrderLineView): void;
}) {
  const { t, tKey, locale } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const today = tashkentMoment(new Date()).date;
  const [state, setState] = useState(initial);
  const [textTouched, setTextTouched] = useState(initial.id !== null);
  const groups = useQuery('students.groups', {});
  const clauses = useQuery('orders.clauses', {});
  const departments = useQuery('structure.departments', {});
  const save = useMutation('orders.saveDraft');
  const form = useRef<HTMLFormElement>(null);
  useSaveShortcut(form);

  const clauseList = clauses.data?.clauses;
  // A new order shows (and saves) the office's default wording for its type until somebody edits the text.
  const current: ComposerState =
    textTouched || !clauseList ? state : { ...state, text: defaultText(clauseList, state.type) };
  const inputs = useMemo(() => state.lines.map((l) => lineInput(state.type, l)), [state.lines, state.type]);
  const check = useOrderCheck(state.type, inputs, state.id);
  const dirty = JSON.stringify(draftInput(current)) !== JSON.stringify(draftInput(initial));
  const overrides = useMemo(
    () => new Map((saved?.lines ?? []).flatMap((l) => (l.override ? [[l.studentId, l.override] as const] : []))),
    [saved],
  );
  const faculties = (departments.data ?? []).filter((d) => d.structureType === '11');

  const setLines = (f: (lines: ComposerLine[]) => ComposerLine[]) => setState((s) => ({ ...s, lines: f(s.lines) }));
  const add = (students: StudentRef[]) => setLines((lines) => addStudents(lines, students, today));

  async function submit() {
    const res = await save.run(draftInput(current));
    if (!res.ok) return;
    notify(t('orders.compose.saved'));
    if (state.id) return onSaved(res.data);
    const path = pagePath(shell, user.role, 'orderDetail', res.data.id);
    if (path) void navigate(path, { replace: true });
  }

  const saveButton = (
    <Button
      type="submit"
      form="order-composer"
      variant="contained"
      startIcon={<SaveOutlined />}
      disabled={save.busy || state.lines.length === 0 || (!dirty && state.id !== null)}
      data-testid="save-draft"
    >
      {t('orders.compose.save')}
    </Button>
  );

  return (
    <Box
      component="form"
      id="order-composer"
      ref={form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="order-composer"
      data-unsaved={dirty || undefined}
    >
      {header(dirty, saveButton)}
      <Stack spacing={2}>
        <ErrorAlert error={save.error} />
        <SectionCard title={t('orders.compose.typeTitle')}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5}>
            <TextField
              select
              size="small"
              label={t('orders.col.type')}
              value={state.type}
              disabled={state.type === 'revocation'}
              onChange={(e) => {
                const type = e.target.value as OrderType;
                setState((s) => ({ ...s, type, lines: changeType(s.type, type, s.lines) }));
              }}
              sx={{ flex: '1 1 320px' }}
              data-testid="order-type"
            >
              {(state.type === 'revocation' ? ['revocation' as const] : COMPOSABLE_TYPES).map((c) => (
                <MenuItem key={c} value={c} data-testid={`order-type-${c}`}>
                  {tKey(`orders.type.${c}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={t('orders.compose.faculty')}
              value={state.departmentId ?? ''}
              onChange={(e) => setState((s) => ({ ...s, departmentId: e.target.value || null }))}
              helperText={t('orders.compose.facultyHint')}
              sx={{ flex: '1 1 320px' }}
              slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
            >
              <MenuItem value="">{t('orders.compose.allFaculties')}</MenuItem>
              {faculties.map((d) => (
                <MenuItem key={d.id} value={d.id}>
                  {departmentName(d, locale)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </SectionCard>

        <SectionCard
          title={t('orders.compose.studentsTitle', { count: state.lines.length })}
          hint={state.type === 'revocation' ? t('orders.compose.revocationHint') : t('orders.compose.studentsHint')}
        >
          <Stack spacing={2}>
            {state.type !== 'revocation' && <StudentAdder onAdd={add} />}
            {state.lines.length > 1 && (
              <SameForAllRow
                type={state.type}
                groups={groups.data ?? []}
                initialDate={today}
                onApply={(all) => setLines((lines) => applyToAll(state.type, lines, all))}
              />
            )}
            <ErrorAlert error={check.error} />
            {state.lines.length === 0 ? (
              <Typography variant="body2" color="text.secondary" data-testid="order-no-students">
                {t('orders.compose.noStudents')}
              </Typography>
            ) : (
              <LinesTable
                type={state.type}
                lines={state.lines}
                groups={groups.data ?? []}
                problems={check.problems}
                overrides={overrides}
                onChange={(i, patch) => setLines((lines) => lines.map((l, j) => (j === i ? { ...l, ...patch } : l)))}
                onRemove={(i) => setLines((lines) => lines.filter((_l, j) => j !== i))}
                onOverride={
                  onOverride && saved && !dirty
                    ? (id) => {
                        const line = saved.lines.find((l) => l.studentId === id);
                        if (line) onOverride(line);
                      }
                    : undefined
                }
              />
            )}
          </Stack>
        </SectionCard>

        <SectionCard title={t('orders.compose.textTitle')} hint={t('orders.compose.textHint')}>
          <TextPartsEditor
            type={state.type}
            value={current.text}
            clauses={clauseList ?? []}
            onChange={(text) => {
              setTextTouched(true);
              setState((s) => ({ ...s, text }));
            }}
          />
        </SectionCard>

        <SectionCard title={t('orders.compose.previewTitle')}>
          {saved ? (
            <Stack spacing={2}>
              {dirty && <Alert severity="info">{t('orders.compose.previewStale')}</Alert>}
              <OrderTextPreview text={saved.text} />
            </Stack>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('orders.compose.previewAfterSave')}
            </Typography>
          )}
        </SectionCard>
      </Stack>
    </Box>
  );
}
