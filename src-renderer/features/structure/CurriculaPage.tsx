import Add from '@mui/icons-material/Add';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatNumber } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { codeName } from '../students/classifiers';
import { mayEditStructure, structureCodeName, yearLabel } from './codes';
import { CurriculumDialog } from './CurriculumDialog';
import { MarkingSystemsCard } from './MarkingSystemsCard';

/** Every curriculum with its credits; a row opens the curriculum editor. */
export function CurriculaPage({ shell }: { shell: ShellDef }) {
  const { t, tOr } = useI18n();
  const { user } = useUser();
  const navigate = useNavigate();
  const list = useQuery('structure.curricula', {});
  const [adding, setAdding] = useState(false);
  const open = (id: string) => {
    const path = pagePath(shell, user.role, 'curriculumEdit', id);
    if (path) void navigate(path);
  };
  return (
    <>
      <PageHeader
        title={t('structure.curricula.title')}
        intro={t('structure.curricula.intro')}
        actions={
          mayEditStructure(user.role) && (
            <Button
              variant="contained"
              startIcon={<Add />}
              onClick={() => setAdding(true)}
              data-testid="curriculum-add"
            >
              {t('structure.curriculum.add')}
            </Button>
          )
        }
      />
      <ErrorAlert error={list.error} />
      <Table size="small" aria-label={t('structure.curricula.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('structure.field.curriculumName')}</TableCell>
            <TableCell>{t('structure.field.specialty')}</TableCell>
            <TableCell>{t('structure.field.admissionYear')}</TableCell>
            <TableCell>{t('structure.field.educationForm')}</TableCell>
            <TableCell>{t('structure.field.markingSystem')}</TableCell>
            <TableCell align="right">{t('structure.field.semesterCount')}</TableCell>
            <TableCell align="right">{t('structure.curriculum.subjects')}</TableCell>
            <TableCell align="right">{t('structure.curriculum.credits')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(list.data ?? []).map((c) => (
            <TableRow
              key={c.id}
              hover
              tabIndex={0}
              sx={{ cursor: 'pointer', opacity: c.active ? 1 : 0.5 }}
              onClick={() => open(c.id)}
              onKeyDown={(e) => e.key === 'Enter' && open(c.id)}
            >
              <TableCell>{c.name}</TableCell>
              <TableCell>{c.specialty}</TableCell>
              <TableCell>{yearLabel(c.educationYear)}</TableCell>
              <TableCell>{codeName(tOr, 'educationForm', c.educationForm)}</TableCell>
              <TableCell>{structureCodeName(tOr, 'markingSystem', c.markingSystem)}</TableCell>
              <TableCell align="right">{c.semesterCount}</TableCell>
              <TableCell align="right">{c.subjectCount}</TableCell>
              <TableCell align="right">{formatNumber(c.credits)}</TableCell>
            </TableRow>
          ))}
          {list.data?.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>{t('structure.curricula.empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Box sx={{ mt: 3 }}>
        <MarkingSystemsCard canEdit={mayEditStructure(user.role)} />
      </Box>
      {adding && <CurriculumDialog curriculum={{}} onClose={() => setAdding(false)} onSaved={open} />}
    </>
  );
}
