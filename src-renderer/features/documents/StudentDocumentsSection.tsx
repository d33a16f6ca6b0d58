import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import { Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { roleMayCall } from '../../../src-shared/contract/roles';
import { contract } from '../../../src-shared/contract';
import type { IssuedDocument } from '../../../src-shared/contract/documents';
import type { Student } from '../../../src-shared/contract/students';
import { defaultLang } from '../../../src-shared/domain/documents/catalog';
import { formatDate } from '../../../src-shared/domain/format';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { IssueDialog } from './IssueDialog';
import { IssuedView } from './IssuedView';
import { TypeLangFields, type TypeLang } from './TypeLangFields';

/** The card's documents: pick a type and language → preview → issue; the student's register entries below. */
export function StudentDocumentsSection({ student }: { student: Student }) {
  const { t, tKey, locale } = useI18n();
  const { user } = useUser();
  const mayIssue = roleMayCall(user.role, contract['documents.issue'].access);
  const [choice, setChoice] = useState<TypeLang>({ type: 'enrolment', lang: defaultLang('enrolment', locale) });
  const { type, lang } = choice;
  const [issuing, setIssuing] = useState(false);
  const [open, setOpen] = useState<IssuedDocument | null>(null);
  const list = useQuery('documents.list', { studentId: student.id, limit: 50 });

  return (
    <SectionCard title={t('documents.section.title')}>
      <Stack spacing={2} data-testid="student-documents">
        {mayIssue && (
          <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap>
            <TypeLangFields value={choice} onChange={setChoice} testIds />
            <Button
              variant="contained"
              startIcon={<PostAddOutlined />}
              onClick={() => setIssuing(true)}
              data-testid="prepare-document"
              sx={{ flexShrink: 0 }}
            >
              {t('documents.section.prepare')}
            </Button>
          </Stack>
        )}
        {list.error && <ErrorAlert error={list.error} />}
        {list.data && list.data.items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('documents.section.empty')}
          </Typography>
        ) : (
          <Table size="small" data-testid="student-document-list">
            <TableHead>
              <TableRow>
                <TableCell>{t('documents.col.number')}</TableCell>
                <TableCell>{t('documents.col.type')}</TableCell>
                <TableCell>{t('documents.col.issuedOn')}</TableCell>
                <TableCell>{t('documents.col.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(list.data?.items ?? []).map((d) => (
                <TableRow
                  key={d.id}
                  hover
                  sx={{ cursor: 'pointer' }}
                  onClick={() => setOpen(d)}
                  data-testid="document-row"
                >
                  <TableCell>
                    <Button size="small" onClick={() => setOpen(d)} sx={{ p: 0, minWidth: 0 }}>
                      {d.registerNumber}
                    </Button>
                  </TableCell>
                  <TableCell>{tKey(`documents.type.${d.type}`)}</TableCell>
                  <TableCell>{formatDate(d.issuedOn)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={t(`documents.status.${d.status}`)}
                      color={d.status === 'void' ? 'error' : 'success'}
                      variant="outlined"
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
      {issuing && (
        <IssueDialog
          studentId={student.id}
          type={type}
          lang={lang}
          onClose={() => setIssuing(false)}
          onIssued={() => list.reload()}
        />
      )}
      {open && <IssuedView doc={open} onClose={() => setOpen(null)} onChanged={() => list.reload()} />}
    </SectionCard>
  );
}
