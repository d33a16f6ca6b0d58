import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import Edit from '@mui/icons-material/Edit';
import { Box, Button, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import type { CurriculumSubject } from '../../../src-shared/contract/structure';
import { formatNumber } from '../../../src-shared/domain/format';
import { useI18n } from '../../app/i18n';
import { SectionCard } from '../../ui/SectionCard';
import { structureCodeName } from './codes';

/** One semester of a curriculum: its subjects with credits and hours, and the semester's credit total. */
export function SemesterSubjects({
  semester,
  year,
  subjects,
  credits,
  canEdit,
  onAdd,
  onEdit,
  onRemove,
}: {
  semester: string;
  year: string;
  subjects: CurriculumSubject[];
  credits: number;
  canEdit: boolean;
  onAdd(): void;
  onEdit(s: CurriculumSubject): void;
  onRemove(s: CurriculumSubject): void;
}) {
  const { t, tOr } = useI18n();
  const n = Number(semester) - 10;
  const title = t('structure.semester.title', { n, year, credits: formatNumber(credits) });
  return (
    <Box data-testid={`semester-${semester}`}>
      <SectionCard title={title}>
        <Table size="small" aria-label={title} data-semester={semester} sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '34%' }}>{t('structure.field.subject')}</TableCell>
              <TableCell align="right" sx={{ width: 80 }}>
                {t('structure.field.credit')}
              </TableCell>
              <TableCell align="right" sx={{ width: 80 }}>
                {t('structure.field.hours')}
              </TableCell>
              <TableCell>{t('structure.field.examFinish')}</TableCell>
              <TableCell>{t('structure.field.subjectType')}</TableCell>
              <TableCell>{t('structure.field.chair')}</TableCell>
              <TableCell sx={{ width: 96 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {subjects.map((s) => (
              <TableRow key={s.id} hover sx={{ opacity: s.active ? 1 : 0.5 }}>
                <TableCell>
                  {s.subjectCode ? `${s.subjectCode} · ` : ''}
                  {s.subjectName}
                </TableCell>
                <TableCell align="right">{formatNumber(s.credit)}</TableCell>
                <TableCell
                  align="right"
                  title={Object.entries(s.hours)
                    .map(([k, v]) => `${structureCodeName(tOr, 'trainingType', k)}: ${v}`)
                    .join(', ')}
                >
                  {s.totalHours}
                </TableCell>
                <TableCell>{structureCodeName(tOr, 'examFinish', s.examFinish)}</TableCell>
                <TableCell>{structureCodeName(tOr, 'subjectType', s.subjectType)}</TableCell>
                <TableCell>{s.department ?? '—'}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {canEdit && (
                    <>
                      <Tooltip title={t('common.edit')}>
                        <IconButton size="small" aria-label={t('common.edit')} onClick={() => onEdit(s)}>
                          <Edit fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={t('common.remove')}>
                        <IconButton size="small" aria-label={t('common.remove')} onClick={() => onRemove(s)}>
                          <DeleteOutline fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
            {subjects.length === 0 && (
              <TableRow>
                <TableCell colSpan={7} sx={{ color: 'text.secondary' }}>
                  {t('structure.semester.empty')}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        {canEdit && (
          <Button
            size="small"
            startIcon={<Add />}
            onClick={onAdd}
            sx={{ mt: 1 }}
            data-testid={`subject-add-${semester}`}
          >
            {t('structure.subject.add')}
          </Button>
        )}
      </SectionCard>
    </Box>
  );
}
