import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import { Box, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import type { TemplateField } from '../../../../src-shared/contract/document-templates';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { SectionCard } from '../../../ui/SectionCard';

/** The placeholders of the type, to copy into Word: meaning and an example from a made-up student. */
export function FieldListCard({ fields }: { fields: readonly TemplateField[] }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();

  async function copy(tag: string) {
    try {
      await navigator.clipboard.writeText(tag);
      notify(t('templates.fields.copied', { tag }), 'info');
    } catch {
      // No clipboard (an old browser over plain HTTP): the tag is on screen to select by hand.
    }
  }

  const meaning = (f: TemplateField) => {
    const label = f.labelKey
      ? tKey(f.labelKey)
      : f.kind === 'list'
        ? t('templates.kind.list')
        : f.kind === 'image'
          ? t('templates.kind.image')
          : '';
    return f.list ? [label, t('templates.fields.inside', { list: f.list })].filter(Boolean).join(' · ') : label;
  };

  return (
    <SectionCard title={t('templates.fields.title')} hint={t('templates.fields.hint')}>
      <Table size="small" data-testid="template-fields">
        <TableHead>
          <TableRow>
            <TableCell>{t('templates.fields.tag')}</TableCell>
            <TableCell>{t('templates.fields.meaning')}</TableCell>
            <TableCell>{t('templates.fields.example')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((f) => (
            <TableRow key={`${f.list ?? ''}/${f.tag}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Box component="code" sx={{ pl: f.list ? 3 : 0, fontSize: 13 }}>
                  {f.tag}
                </Box>
                <Tooltip title={t('templates.fields.copy')}>
                  <IconButton size="small" onClick={() => void copy(f.tag)} aria-label={t('templates.fields.copy')}>
                    <ContentCopyOutlined fontSize="inherit" />
                  </IconButton>
                </Tooltip>
              </TableCell>
              <TableCell>{meaning(f)}</TableCell>
              <TableCell sx={{ color: 'text.secondary' }}>{f.kind === 'list' ? '' : f.example}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
