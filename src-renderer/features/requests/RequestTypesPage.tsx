import AddOutlined from '@mui/icons-material/AddOutlined';
import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { RequestTypeView } from '../../../src-shared/contract/requests';
import { typeName } from '../../../src-shared/domain/request-types';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { RequestTypeDialog } from './RequestTypeDialog';

/**
 * The request types are the office's data: names, deadlines in working days, what to bring, who gets them.
 * A type is retired (inactive), never deleted: old requests keep pointing at it.
 */
export function RequestTypesPage(_props: { shell: ShellDef }) {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const types = useQuery('requests.types', { all: true });
  const restore = useMutation('requests.restoreTypes');
  const [editing, setEditing] = useState<RequestTypeView | 'new' | null>(null);

  async function restoreBuiltIn() {
    const res = await restore.run({});
    if (res.ok) {
      notify(t('requests.types.restored', { count: res.data.added }));
      types.reload();
    }
  }

  return (
    <Box>
      <PageHeader
        title={t('requests.types.title')}
        intro={t('requests.types.intro')}
        actions={
          <>
            <Button startIcon={<RestoreOutlined />} onClick={() => void restoreBuiltIn()} disabled={restore.busy}>
              {t('requests.types.restore')}
            </Button>
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEditing('new')}>
              {t('requests.types.add')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={types.error ?? restore.error} />
      <Table size="small" data-testid="request-types-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('requests.types.name')}</TableCell>
            <TableCell align="right">{t('requests.types.deadlineDays')}</TableCell>
            <TableCell>{t('requests.types.attachments')}</TableCell>
            <TableCell>{t('requests.types.defaultAssignee')}</TableCell>
            <TableCell>{t('requests.types.active')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(types.data?.items ?? []).map((x) => (
            <TableRow key={x.id} hover sx={{ cursor: 'pointer' }} onClick={() => setEditing(x)}>
              <TableCell sx={{ fontWeight: 600 }}>{typeName(x.names, locale)}</TableCell>
              <TableCell align="right">{x.deadlineDays}</TableCell>
              <TableCell>{x.requiredAttachments.map((a) => typeName(a.names, locale)).join(', ') || '—'}</TableCell>
              <TableCell>{x.defaultAssigneeName ?? '—'}</TableCell>
              <TableCell>
                {x.active ? (
                  <Chip size="small" color="success" label={t('requests.types.active')} />
                ) : (
                  <Chip size="small" label={t('requests.types.retired')} />
                )}
              </TableCell>
            </TableRow>
          ))}
          {types.data?.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>
                <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
                  {t('requests.types.empty')}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {editing && (
        <RequestTypeDialog
          type={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            types.reload();
          }}
        />
      )}
    </Box>
  );
}
