import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ChannelInput } from '../../../src-shared/contract';
import { CONTRACT_KINDS, type ContractKind, type ContractDetail } from '../../../src-shared/contract/contracts';
import type { IssuedDocument } from '../../../src-shared/contract/documents';
import { CONTRACT_TYPES } from '../../../src-shared/domain/fees-contract';
import { call } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { DocumentFrame } from '../documents/DocumentFrame';
import { IssuedView } from '../documents/IssuedView';
import { CalculationView } from './CalculationView';
import { StudentPicker, type PickedStudent } from '../../ui/StudentPicker';
import { ScheduleTable } from './contract-ui';

type Terms = ChannelInput<'contracts.draw'>;
interface Subject {
  name: string;
  credits: string;
}

const isKind = (v: string | null): v is ContractKind => (CONTRACT_KINDS as readonly string[]).includes(v ?? '');

/**
 * Draw up a contract (`contracts/new?student=<id>&kind=<kind>`): the terms, the live calculation with its
 * formula, tariff version, schedule and the page as it will print; "Draw up and issue" numbers and signs it.
 */
export function DrawContractPage({ shell }: { shell: ShellDef }) {
  const { t, tKey, locale } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [student, setStudent] = useState<PickedStudent | null>(null);
  const [kind, setKind] = useState<ContractKind>(
    isKind(params.get('kind')) ? (params.get('kind') as ContractKind) : 'twoParty',
  );
  const [contractType, setContractType] = useState<Terms['contractType']>('11');
  const [summaType, setSummaType] = useState<'11' | '12'>('12');
  const [discount, setDiscount] = useState('0');
  const [months, setMonths] = useState('12');
  const [finalYear, setFinalYear] = useState(false);
  const [payerName, setPayerName] = useState('');
  const [payerDetails, setPayerDetails] = useState('');
  const [debts, setDebts] = useState<{ studentId: string; list: Subject[] } | null>(null);
  const [lang, setLang] = useState<'uz-Latn' | 'ru' | 'en'>(locale === 'ru' || locale === 'en' ? locale : 'uz-Latn');
  const [issued, setIssued] = useState<{ contract: ContractDetail; document: IssuedDocument } | null>(null);
  const draw = useMutation('contracts.draw');

  // The student named in the link (from the card or the fee calculator).
  const fromLink = params.get('student');
  useEffect(() => {
    if (!fromLink) return;
    void call('students.get', { id: fromLink }).then((res) => {
      if (res.ok)
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
  }, [fromLink]);

  // A re-study contract starts from the student's current debts; the counter may edit them.
  const studentId = student?.id ?? null;
  useEffect(() => {
    if (!studentId || kind !== 'restudy') return;
    let live = true;
    void call('contracts.debtSubjects', { studentId }).then((res) => {
      if (live && res.ok)
        setDebts({ studentId, list: res.data.map((s) => ({ name: s.name, credits: String(s.credits) })) });
    });
    return () => {
      live = false;
    };
  }, [studentId, kind]);
  const subjects = kind === 'restudy' && debts && debts.studentId === studentId ? debts.list : null;
  const setSubjects = (list: Subject[]) => studentId && setDebts({ studentId, list });

  const terms: Terms | null = student
    ? {
        studentId: student.id,
        kind,
        contractType,
        summaType: kind === 'foreign' ? '12' : summaType,
        discountPercent: Number(discount) || 0,
        months: Number(months) || 12,
        finalYear,
        payerName: payerName.trim(),
        payerDetails: payerDetails.trim(),
        lang,
        ...(kind === 'restudy' && subjects
          ? {
              subjects: subjects
                .filter((s) => s.name.trim())
                .map((s) => ({ name: s.name.trim(), credits: Number(s.credits.replace(',', '.')) || 0 })),
            }
          : {}),
      }
    : null;

  const submit = async () => {
    if (!terms) return;
    const res = await draw.run(terms);
    if (res.ok) setIssued(res.data);
  };

  return (
    <Box>
      <PageHeader title={t('contracts.draw.title')} intro={t('contracts.draw.intro')} />
      <Stack spacing={2}>
        <SectionCard title={t('contracts.draw.terms')}>
          <Stack spacing={2}>
            <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap>
              <StudentPicker
                value={student}
                onChange={setStudent}
                label={t('contracts.draw.student')}
                sx={{ minWidth: 420, flex: '1 1 420px' }}
              />
              <TextField
                select
                size="small"
                label={t('contracts.col.kind')}
                value={kind}
                onChange={(e) => setKind(e.target.value as ContractKind)}
                sx={{ width: 240 }}
              >
                {CONTRACT_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    {tKey(`contracts.kind.${k}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                size="small"
                label={t('contracts.draw.lang')}
                value={lang}
                onChange={(e) => setLang(e.target.value as typeof lang)}
                sx={{ width: 160 }}
              >
                <MenuItem value="uz-Latn">Oʻzbekcha</MenuItem>
                <MenuItem value="ru">Русский</MenuItem>
                <MenuItem value="en">English</MenuItem>
              </TextField>
            </Stack>
            {kind !== 'restudy' && (
              <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap>
                <TextField
                  select
                  size="small"
                  label={t('contracts.draw.contractType')}
                  value={contractType}
                  onChange={(e) => setContractType(e.target.value as Terms['contractType'])}
                  sx={{ width: 200 }}
                >
                  {CONTRACT_TYPES.map((c) => (
                    <MenuItem key={c} value={c}>
                      {tKey(`contracts.contractType.${c}`)}
                    </MenuItem>
                  ))}
                </TextField>
                {kind !== 'foreign' && (
                  <TextField
                    select
                    size="small"
                    label={t('contracts.draw.summaType')}
                    value={summaType}
                    onChange={(e) => setSummaType(e.target.value as '11' | '12')}
                    sx={{ width: 220 }}
                  >
                    <MenuItem value="12">{t('contracts.summaType.12')}</MenuItem>
                    <MenuItem value="11">{t('contracts.summaType.11')}</MenuItem>
                  </TextField>
                )}
                <TextField
                  size="small"
                  type="number"
                  label={t('contracts.draw.discount')}
                  value={discount}
                  onChange={(e) => setDiscount(e.target.value)}
                  sx={{ width: 140 }}
                />
                <TextField
                  size="small"
                  type="number"
                  label={t('contracts.draw.months')}
                  value={months}
                  onChange={(e) => setMonths(e.target.value)}
                  sx={{ width: 120 }}
                />
                <FormControlLabel
                  control={<Checkbox checked={finalYear} onChange={(e) => setFinalYear(e.target.checked)} />}
                  label={t('contracts.draw.finalYear')}
                />
              </Stack>
            )}
            {kind === 'threeParty' && (
              <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap>
                <TextField
                  size="small"
                  required
                  label={t('contracts.draw.payerName')}
                  value={payerName}
                  onChange={(e) => setPayerName(e.target.value)}
                  sx={{ flex: '1 1 300px' }}
                />
                <TextField
                  size="small"
                  label={t('contracts.draw.payerDetails')}
                  value={payerDetails}
                  onChange={(e) => setPayerDetails(e.target.value)}
                  sx={{ flex: '2 1 400px' }}
                />
              </Stack>
            )}
            {kind === 'restudy' && subjects && <SubjectsField subjects={subjects} onChange={setSubjects} />}
          </Stack>
        </SectionCard>
        {terms ? <LivePreview terms={terms} /> : <Alert severity="info">{t('contracts.draw.pickStudent')}</Alert>}
        <ErrorAlert error={draw.error} />
        <Stack direction="row" spacing={1.5}>
          <Button
            variant="contained"
            size="large"
            startIcon={<PostAddOutlined />}
            disabled={!terms || draw.busy}
            onClick={() => void submit()}
          >
            {t('contracts.draw.issue')}
          </Button>
        </Stack>
      </Stack>
      {issued && (
        <IssuedView
          doc={issued.document}
          justIssued
          onClose={() => {
            const path = pagePath(shell, user.role, 'contractDetail', issued.contract.id);
            setIssued(null);
            if (path) void navigate(path);
          }}
        />
      )}
    </Box>
  );
}

function SubjectsField({ subjects, onChange }: { subjects: Subject[]; onChange(s: Subject[]): void }) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<Subject>) =>
    onChange(subjects.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  return (
    <Stack spacing={1} data-testid="restudy-subjects">
      <Typography variant="subtitle2">{t('contracts.draw.subjects')}</Typography>
      {subjects.length === 0 && <Typography color="text.secondary">{t('contracts.draw.noDebts')}</Typography>}
      {subjects.map((s, i) => (
        <Stack key={i} direction="row" spacing={1} alignItems="center">
          <TextField
            size="small"
            label={t('contracts.col.subject')}
            value={s.name}
            onChange={(e) => set(i, { name: e.target.value })}
            sx={{ flex: '1 1 360px' }}
          />
          <TextField
            size="small"
            label={t('contracts.col.credits')}
            value={s.credits}
            onChange={(e) => set(i, { credits: e.target.value })}
            sx={{ width: 110 }}
          />
          <IconButton
            aria-label={t('contracts.draw.removeSubject')}
            onClick={() => onChange(subjects.filter((_, k) => k !== i))}
          >
            <DeleteOutline />
          </IconButton>
        </Stack>
      ))}
      <Box>
        <Button startIcon={<AddOutlined />} onClick={() => onChange([...subjects, { name: '', credits: '' }])}>
          {t('contracts.draw.addSubject')}
        </Button>
      </Box>
    </Stack>
  );
}

/** The calculation as it will be frozen, and the page as it will print (without a number). */
function LivePreview({ terms }: { terms: Terms }) {
  const { t } = useI18n();
  const calc = useQuery('contracts.calculate', terms);
  return (
    <>
      <ErrorAlert error={calc.error} />
      {calc.data && !calc.error && (
        <>
          <SectionCard title={t('contracts.detail.calculation')}>
            <CalculationView calculation={calc.data.calculation} />
          </SectionCard>
          <SectionCard title={t('contracts.detail.schedule')}>
            <ScheduleTable schedule={calc.data.schedule} />
          </SectionCard>
          <SectionCard title={t('contracts.draw.preview')}>
            <DocumentFrame html={calc.data.html} title={t('contracts.draw.preview')} height="60vh" />
          </SectionCard>
        </>
      )}
    </>
  );
}
