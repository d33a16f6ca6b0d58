import { MenuItem, Stack, Tab, Tabs, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { educationYearOf, shiftEducationYear } from '../../../src-shared/domain/fees-tariff';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import type { ShellDef } from '../../shells/shells';
import { PageHeader } from '../../ui/PageHeader';
import { ContractTab } from './ContractTab';
import { StudentPicker, type PickedStudent } from '../../ui/StudentPicker';
import { RestudyTab } from './RestudyTab';

/**
 * The counter's calculators: a yearly contract amount and a re-study fee, each with its formula. A link may
 * name the student and the tab (`fee-calculator?student=<id>&tab=restudy`, from the card or a request).
 */
export function CalculatorPage({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const current = educationYearOf(new Date().toISOString().slice(0, 10));
  const [tab, setTab] = useState<'contract' | 'restudy'>(params.get('tab') === 'restudy' ? 'restudy' : 'contract');
  const [student, setStudent] = useState<PickedStudent | null>(null);
  const fromLink = params.get('student');
  useEffect(() => {
    if (!fromLink) return;
    let live = true;
    void call('students.get', { id: fromLink }).then((res) => {
      if (live && res.ok)
        setStudent({
          id: res.data.id,
          label: [
            `${res.data.lastNameLat} ${res.data.firstNameLat} ${res.data.patronymicLat}`.trim(),
            res.data.studentIdNumber,
          ]
            .filter(Boolean)
            .join(' · '),
        });
    });
    return () => {
      live = false;
    };
  }, [fromLink]);
  const [year, setYear] = useState(current);
  const years = [-1, 0, 1].map((by) => shiftEducationYear(current, by));
  return (
    <>
      <PageHeader title={t('fees.calc.title')} intro={t('fees.calc.intro')} />
      <Tabs value={tab} onChange={(_e, v: 'contract' | 'restudy') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="contract" label={t('fees.calc.tab.contract')} />
        <Tab value="restudy" label={t('fees.calc.tab.restudy')} />
      </Tabs>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} alignItems="center" flexWrap="wrap" useFlexGap>
        <StudentPicker
          value={student}
          onChange={setStudent}
          label={t('fees.calc.student')}
          placeholder={t('fees.calc.studentHint')}
          sx={{ minWidth: 420, flexGrow: 1 }}
        />
        <TextField
          fullWidth={false}
          select
          size="small"
          label={t('fees.calc.year')}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          sx={{ minWidth: 160 }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {tab === 'contract' ? (
        <ContractTab student={student} year={year} shell={shell} />
      ) : (
        <RestudyTab key={student?.id ?? ''} student={student} year={year} shell={shell} />
      )}
    </>
  );
}
