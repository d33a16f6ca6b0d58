import { Button, Checkbox, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { contract } from '../../../src-shared/contract';
import { roleMayCall } from '../../../src-shared/contract/roles';
import { DOCUMENT_TYPE_CODES, type DocumentTypeCode } from '../../../src-shared/domain/documents/catalog';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';

/** Which document each hold rule stops: types × rules as checkboxes; managers change them. */
export function HoldsCard() {
  const { t, tKey, tOr } = useI18n();
  const { user } = useUser();
  const notify = useNotify();
  const rules = useQuery('documents.holdRules', {});
  const save = useMutation('documents.setHoldRules');
  const mayEdit = roleMayCall(user.role, contract['documents.setHoldRules'].access);
  const [draft, setDraft] = useState<Record<string, DocumentTypeCode[]> | null>(null);
  const current = draft ?? Object.fromEntries((rules.data?.rules ?? []).map((r) => [r.id, r.types]));

  function toggle(rule: string, type: DocumentTypeCode) {
    const types = current[rule] ?? [];
    setDraft({ ...current, [rule]: types.includes(type) ? types.filter((x) => x !== type) : [...types, type] });
  }

  async function submit() {
    const res = await save.run({ rules: Object.entries(current).map(([id, types]) => ({ id, types })) });
    if (res.ok) {
      setDraft(null);
      rules.reload();
      notify(t('documents.holds.saved'), 'success');
    }
  }

  return (
    <SectionCard title={t('documents.holds.title')} hint={t('documents.holds.hint')}>
      <ErrorAlert error={rules.error ?? save.error} />
      <Table size="small" data-testid="holds-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('documents.col.type')}</TableCell>
            {Object.keys(current).map((rule) => (
              <TableCell key={rule} align="center">
                {tOr(`documents.holdRule.${rule}`, rule)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {DOCUMENT_TYPE_CODES.map((c) => (
            <TableRow key={c}>
              <TableCell>{tKey(`documents.type.${c}`)}</TableCell>
              {Object.keys(current).map((rule) => (
                <TableCell key={rule} align="center" padding="checkbox">
                  <Checkbox
                    size="small"
                    checked={(current[rule] ?? []).includes(c)}
                    disabled={!mayEdit}
                    onChange={() => toggle(rule, c)}
                    inputProps={{
                      'aria-label': `${tOr(`documents.holdRule.${rule}`, rule)}: ${tKey(`documents.type.${c}`)}`,
                    }}
                  />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {mayEdit && (
        <Stack direction="row" sx={{ mt: 2 }}>
          <Button variant="contained" disabled={!draft || save.busy} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Stack>
      )}
    </SectionCard>
  );
}
