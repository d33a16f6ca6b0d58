import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import Edit from '@mui/icons-material/Edit';
import {
  alpha,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { Clause } from '../../../../src-shared/contract/orders';
import type { FieldIssue } from '../../../../src-shared/errors';
import { useMutation, useQuery } from '../../../api/hooks';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { useUser } from '../../../app/session';
import type { ShellDef } from '../../../shells/shells';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { mayEditOrders, orderTypeName } from './bulk-format';
import { issuesByClause, issuesOfClause, localIssue } from './clause-issues';
import { CLAUSE_KINDS, ClauseDialog } from './ClauseDialog';

type Editing = { clause: Clause; index: number; isNew: boolean };

/**
 * The clause library the composer takes preambles (the legal basis), control paragraphs and "Asos:"
 * lines from, per order type. The library is saved as a whole: each add, edit or delete sends it,
 * and an issue the backend finds is shown at the clause it names.
 */
export function ClausesPage(_props: { shell: ShellDef }) {
  const { t, tOr, tKey } = useI18n();
  const notify = useNotify();
  const { user } = useUser();
  const canEdit = mayEditOrders(user.role);
  const library = useQuery('orders.clauses', {});
  const save = useMutation('orders.saveClauses');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Clause | null>(null);
  const [sent, setSent] = useState<Clause[]>([]);
  const clauses = library.data?.clauses ?? [];

  async function send(list: Clause[]): Promise<boolean> {
    setSent(list);
    const res = await save.run({ clauses: list });
    if (!res.ok) return false;
    notify(t('common.saved'));
    library.reload();
    return true;
  }
  const startAdd = (kind: Clause['kind']) => {
    save.clearError();
    const clause = { id: crypto.randomUUID(), kind, types: [], textUz: '', textRu: '', isDefault: false };
    setEditing({ clause, index: clauses.length, isNew: true });
  };
  const startEdit = (clause: Clause) => {
    save.clearError();
    setEditing({ clause, index: clauses.findIndex((c) => c.id === clause.id), isNew: false });
  };
  async function saveEdited(clause: Clause) {
    if (!editing) return;
    const list = editing.isNew ? [...clauses, clause] : clauses.map((c) => (c.id === clause.id ? clause : c));
    if (await send(list)) setEditing(null);
  }
  async function remove(clause: Clause) {
    setDeleting(null);
    await send(clauses.filter((c) => c.id !== clause.id));
  }

  // While the dialog is open its clause's issues show at its fields; the others show at their rows.
  const local = (issue: FieldIssue) => localIssue(issue, sent, (type) => orderTypeName(tOr, type));
  const rowIssues = issuesByClause(save.error, sent, editing?.index, local);
  const typesOf = (c: Clause) =>
    c.types.length === 0 ? (
      <Typography variant="body2" color="text.secondary">
        {t('movements.clauses.allTypes')}
      </Typography>
    ) : (
      <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
        {c.types.map((type) => (
          <Chip key={type} size="small" label={orderTypeName(tOr, type)} />
        ))}
      </Stack>
    );

  return (
    <>
      <PageHeader title={t('movements.clauses.title')} intro={t('movements.clauses.intro')} />
      <Stack spacing={2}>
        <ErrorAlert error={library.error ?? (editing ? null : issuesOfClause(save.error, -1, local))} />
        {CLAUSE_KINDS.map((kind) => {
          const ofKind = clauses.filter((c) => c.kind === kind);
          return (
            <SectionCard key={kind} title={t(`movements.clauses.kind.${kind}`)}>
              <TableContainer component={Paper} variant="outlined">
                <Table size="small" data-testid={`clauses-${kind}`} sx={{ '& td': { verticalAlign: 'top' } }}>
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ width: 40 }}>№</TableCell>
                      <TableCell sx={{ width: 220 }}>{t('movements.clauses.types')}</TableCell>
                      <TableCell>{t('movements.clauses.textUz')}</TableCell>
                      <TableCell>{t('movements.clauses.textRu')}</TableCell>
                      <TableCell sx={{ width: 110 }}>{t('movements.clauses.isDefaultShort')}</TableCell>
                      {canEdit && <TableCell sx={{ width: 96 }} />}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {ofKind.map((c, n) => {
                      const issues = rowIssues.get(c.id) ?? [];
                      return (
                        <TableRow
                          key={c.id}
                          data-testid="clause-row"
                          data-id={c.id}
                          sx={issues.length ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.08) } : undefined}
                        >
                          <TableCell>{n + 1}</TableCell>
                          <TableCell>{typesOf(c)}</TableCell>
                          <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                            {c.textUz}
                            {issues.map((i) => (
                              <Typography
                                key={`${i.path}:${i.key}`}
                                variant="body2"
                                color="error"
                                data-testid="clause-issue"
                              >
                                {t(`movements.clauses.field.${fieldName(i.path)}`)}: {tKey(i.key, i.params)}
                              </Typography>
                            ))}
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{c.textRu}</TableCell>
                          <TableCell>{c.isDefault ? t('common.yes') : ''}</TableCell>
                          {canEdit && (
                            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                              <Tooltip title={t('common.edit')}>
                                <IconButton size="small" aria-label={t('common.edit')} onClick={() => startEdit(c)}>
                                  <Edit fontSize="small" />
                                </IconButton>
                              </Tooltip>
                              <Tooltip title={t('common.remove')}>
                                <IconButton
                                  size="small"
                                  aria-label={t('common.remove')}
                                  onClick={() => setDeleting(c)}
                                  data-testid="clause-delete"
                                >
                                  <DeleteOutline fontSize="small" />
                                </IconButton>
                              </Tooltip>
                            </TableCell>
                          )}
                        </TableRow>
                      );
                    })}
                    {ofKind.length === 0 && (
                      <TableRow>
                        <TableCell colSpan={canEdit ? 6 : 5}>{t('movements.clauses.empty')}</TableCell>
                      </TableRow>
                    )}
                  </TableBody>
                </Table>
              </TableContainer>
              {canEdit && (
                <Button
                  size="small"
                  startIcon={<Add />}
                  onClick={() => startAdd(kind)}
                  sx={{ mt: 1 }}
                  data-testid={`clause-add-${kind}`}
                >
                  {t('movements.clauses.add')}
                </Button>
              )}
            </SectionCard>
          );
        })}
      </Stack>
      {editing && (
        <ClauseDialog
          clause={editing.clause}
          isNew={editing.isNew}
          error={issuesOfClause(save.error, editing.index, local)}
          busy={save.busy}
          onClose={() => {
            setEditing(null);
            save.clearError();
          }}
          onSave={(c) => void saveEdited(c)}
        />
      )}
      {deleting && (
        <Dialog open onClose={() => setDeleting(null)} data-testid="clause-delete-dialog">
          <DialogTitle>{t('movements.clauses.deleteTitle')}</DialogTitle>
          <DialogContent>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{deleting.textUz}</Typography>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDeleting(null)}>{t('common.cancel')}</Button>
            <Button
              color="error"
              variant="contained"
              onClick={() => void remove(deleting)}
              data-testid="clause-delete-confirm"
            >
              {t('common.remove')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}

/** A clause field's label key; anything unexpected (the clause as a whole) reads as "clause". */
function fieldName(path: string): 'kind' | 'types' | 'textUz' | 'textRu' | 'isDefault' | 'clause' {
  return path === 'kind' || path === 'types' || path === 'textUz' || path === 'textRu' || path === 'isDefault'
    ? path
    : 'clause';
}
