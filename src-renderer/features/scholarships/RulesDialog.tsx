import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ScholarshipRules } from '../../../src-shared/domain/scholarships';
import { COMPUTED_RATES } from '../../../src-shared/domain/scholarships';
import { rateName } from '../../../src-shared/domain/scholarships-text';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldIssues } from '../../ui/field-errors';
import { CLASSIFIERS, codeName } from '../students/classifiers';

const GRADES = [2, 3, 4, 5];

/** A list of classifier codes as checkboxes: which payment or education forms are paid a stipend. */
function CodeChecks({
  label,
  classifier,
  value,
  onChange,
  error,
}: {
  label: string;
  classifier: 'paymentForm' | 'educationForm';
  value: string[];
  onChange(next: string[]): void;
  error?: string;
}) {
  const { tOr } = useI18n();
  return (
    <div>
      <FormLabel component="legend">{label}</FormLabel>
      <FormGroup row>
        {CLASSIFIERS[classifier].map((code) => (
          <FormControlLabel
            key={code}
            control={
              <Checkbox
                checked={value.includes(code)}
                onChange={(e) => onChange(e.target.checked ? [...value, code] : value.filter((c) => c !== code))}
              />
            }
            label={codeName(tOr, classifier, code)}
          />
        ))}
      </FormGroup>
      {error && (
        <Typography variant="body2" color="error">
          {error}
        </Typography>
      )}
    </div>
  );
}

/** The office's scholarship rules: who is paid, the grade thresholds, the first semester and the amounts. */
export function RulesDialog({ onClose }: { onClose(saved: boolean): void }) {
  const { t, tKey, tOr } = useI18n();
  const current = useQuery('scholarships.rules', {});
  const save = useMutation('scholarships.saveRules');
  // The saved rules until the first edit, then the edited copy.
  const [edited, setEdited] = useState<ScholarshipRules | null>(null);
  const rules = edited ?? current.data?.rules ?? null;

  const issueOf = (path: string) => {
    const issue = fieldIssues(save.error).find((i) => i.path === path);
    return issue ? tKey(issue.key, issue.params) : undefined;
  };
  const set = (patch: Partial<ScholarshipRules>) => rules && setEdited({ ...rules, ...patch });
  const setRate = (code: '11' | '14', patch: Partial<ScholarshipRules['rates']['11']>) =>
    rules && setEdited({ ...rules, rates: { ...rules.rates, [code]: { ...rules.rates[code], ...patch } } });

  async function submit(next: ScholarshipRules | null): Promise<void> {
    const res = await save.run({ rules: next });
    if (res.ok) onClose(true);
  }

  const gradeSelect = (label: string, value: number, onChange: (g: number) => void, path: string, hint?: string) => (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
      error={!!issueOf(path)}
      helperText={issueOf(path) ?? hint}
    >
      {GRADES.map((g) => (
        <MenuItem key={g} value={g}>
          {g}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Dialog open onClose={() => onClose(false)} maxWidth="md" fullWidth>
      <DialogTitle>{t('scholarships.rules.title')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={current.error} />
        {rules && (
          <Stack spacing={2} sx={{ mt: 1 }}>
            {current.data?.isDefault && <Alert severity="info">{t('scholarships.rules.isDefault')}</Alert>}
            <CodeChecks
              label={t('scholarships.rules.paymentForms')}
              classifier="paymentForm"
              value={rules.paymentForms}
              onChange={(paymentForms) => set({ paymentForms })}
              error={issueOf('paymentForms')}
            />
            <CodeChecks
              label={t('scholarships.rules.educationForms')}
              classifier="educationForm"
              value={rules.educationForms}
              onChange={(educationForms) => set({ educationForms })}
              error={issueOf('educationForms')}
            />
            {gradeSelect(
              t('scholarships.rules.minGrade'),
              rules.minGrade,
              (minGrade) => set({ minGrade }),
              'minGrade',
              t('scholarships.rules.minGradeHint'),
            )}
            <FormControlLabel
              control={
                <Switch
                  checked={rules.debtsFromAllSemesters}
                  onChange={(e) => set({ debtsFromAllSemesters: e.target.checked })}
                />
              }
              label={t('scholarships.rules.debtsFromAll')}
            />
            <FormControlLabel
              control={
                <Switch
                  checked={rules.excellentEnabled}
                  onChange={(e) => set({ excellentEnabled: e.target.checked })}
                />
              }
              label={t('scholarships.rules.excellentEnabled')}
            />
            {gradeSelect(
              t('scholarships.rules.excellentMinGrade'),
              rules.excellentMinGrade,
              (excellentMinGrade) => set({ excellentMinGrade }),
              'excellentMinGrade',
            )}
            <TextField
              select
              size="small"
              label={t('scholarships.rules.firstSemester')}
              value={rules.firstSemester}
              onChange={(e) => set({ firstSemester: e.target.value === 'none' ? 'none' : 'base' })}
            >
              <MenuItem value="base">{t('scholarships.rules.firstSemester.base')}</MenuItem>
              <MenuItem value="none">{t('scholarships.rules.firstSemester.none')}</MenuItem>
            </TextField>
            <FormLabel component="legend">{t('scholarships.rules.rates')}</FormLabel>
            <Typography variant="body2" color="text.secondary">
              {t('scholarships.rules.ratesHint')}
            </Typography>
            {COMPUTED_RATES.map((code) => (
              <Stack key={code} direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
                <Typography sx={{ minWidth: 240 }}>{rateName(tOr, code)}</Typography>
                <TextField
                  size="small"
                  type="number"
                  label={t('scholarships.rules.multiplier')}
                  value={rules.rates[code].multiplier}
                  onChange={(e) => setRate(code, { multiplier: Number(e.target.value) })}
                  error={!!issueOf(`rates.${code}.multiplier`)}
                  helperText={issueOf(`rates.${code}.multiplier`)}
                  slotProps={{
                    htmlInput: {
                      step: 0.05,
                      min: 0,
                      'aria-label': `${rateName(tOr, code)}: ${t('scholarships.rules.multiplier')}`,
                    },
                  }}
                />
                <TextField
                  size="small"
                  type="number"
                  label={t('scholarships.rules.amount')}
                  value={rules.rates[code].amount}
                  onChange={(e) => setRate(code, { amount: Number(e.target.value) })}
                  error={!!issueOf(`rates.${code}.amount`)}
                  helperText={issueOf(`rates.${code}.amount`)}
                  slotProps={{
                    htmlInput: {
                      step: 1000,
                      min: 0,
                      'aria-label': `${rateName(tOr, code)}: ${t('scholarships.rules.amount')}`,
                    },
                  }}
                />
              </Stack>
            ))}
            <ErrorAlert
              error={save.error}
              fields={['paymentForms', 'educationForms', 'minGrade', 'excellentMinGrade']}
            />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void submit(null)} disabled={save.busy || !rules}>
          {t('scholarships.rules.reset')}
        </Button>
        <Button onClick={() => onClose(false)}>{t('scholarships.rules.cancel')}</Button>
        <Button variant="contained" onClick={() => rules && void submit(rules)} disabled={save.busy || !rules}>
          {t('scholarships.rules.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
