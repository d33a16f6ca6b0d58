import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { HemisReject } from '../../../src-shared/contract/hemis';
import { useI18n } from '../../app/i18n';
import { SectionCard } from '../../ui/SectionCard';

/** HEMIS rows no pull could take yet, with the HEMIS field to fix and why. */
export function HemisRejects({ rejects, total }: { rejects: HemisReject[]; total: number }) {
  const { t, tKey } = useI18n();
  return (
    <SectionCard title={t('hemis.rejects.title', { total })} hint={total > 0 ? t('hemis.rejects.hint') : undefined}>
      {total === 0 ? (
        t('hemis.rejects.empty')
      ) : (
        <TableContainer sx={{ maxHeight: 420 }}>
          <Table size="small" stickyHeader data-testid="hemis-rejects">
            <TableHead>
              <TableRow>
                <TableCell>{t('hemis.col.hemisId')}</TableCell>
                <TableCell>{t('hemis.col.studentId')}</TableCell>
                <TableCell>{t('hemis.col.name')}</TableCell>
                <TableCell>{t('hemis.col.issues')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rejects.map((r) => (
                <TableRow key={`${r.hemisId ?? ''}:${r.studentIdNumber ?? ''}:${r.name}`} hover>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{r.hemisId ?? '—'}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{r.studentIdNumber ?? '—'}</TableCell>
                  <TableCell>{r.name || '—'}</TableCell>
                  <TableCell>
                    {r.issues.map((i) => (
                      <div key={`${i.path}:${i.key}`}>
                        <code>{i.path}</code>: {tKey(i.key, i.params)}
                      </div>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </SectionCard>
  );
}
