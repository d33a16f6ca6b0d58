import AddOutlined from '@mui/icons-material/AddOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import {
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Chip,
  FormControlLabel,
  InputAdornment,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { contract, roleMayCall } from '../../../src-shared/contract';
import type { Locale } from '../../../src-shared/contract/common';
import { KB_CATEGORIES, type KbCategory, type KbHit } from '../../../src-shared/contract/infodesk';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PagePagination } from '../../ui/PagePagination';
import { LANG_LABEL } from '../documents/lang-labels';
import { ArticleDialog } from './ArticleDialog';
import { ArticleEditor } from './ArticleEditor';
import { HandoutDialog } from './HandoutDialog';

const PAGE = 30;
const LANGS = Object.keys(LANG_LABEL) as Locale[];

/**
 * The counter's info desk: one big search box (blind to apostrophes, case and script), the sections as chips
 * with their counts, results as cards with the matching piece of text. An article opens in a dialog with Print
 * and DOCX; editors add and edit articles here too.
 */
export function InfodeskPage(_props: { shell: ShellDef }) {
  const { t, tKey } = useI18n();
  const { user } = useUser();
  const canEdit = roleMayCall(user.role, contract['infodesk.save'].access);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<KbCategory | null>(null);
  const [lang, setLang] = useState<Locale | ''>('');
  const [showUnpublished, setShowUnpublished] = useState(false);
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  // Bumped by a save: the open article is read again.
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  const [printSection, setPrintSection] = useState(false);
  const list = useQuery('infodesk.search', {
    query: query.trim(),
    ...(category ? { category } : {}),
    ...(lang ? { lang } : {}),
    includeUnpublished: canEdit && showUnpublished,
    limit: PAGE,
    offset: page * PAGE,
  });
  const counts = list.data?.categoryCounts ?? {};
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
    };

  return (
    <Box>
      <PageHeader
        title={t('infodesk.title')}
        intro={t('infodesk.intro')}
        actions={
          <>
            {category && (
              <Button startIcon={<PrintOutlined />} onClick={() => setPrintSection(true)}>
                {t('infodesk.printSection')}
              </Button>
            )}
            {canEdit && (
              <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEditing({})}>
                {t('infodesk.new')}
              </Button>
            )}
          </>
        }
      />
      <Stack direction="row" spacing={1.5} sx={{ mb: 1.5 }}>
        <TextField
          fullWidth
          autoFocus
          label={t('infodesk.search')}
          placeholder={t('infodesk.searchHint')}
          value={query}
          onChange={(e) => reset(setQuery)(e.target.value)}
          slotProps={{
            input: {
              sx: { fontSize: '1.25rem' },
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined />
                </InputAdornment>
              ),
            },
            htmlInput: { 'data-testid': 'infodesk-search', type: 'search' },
          }}
        />
        <TextField
          select
          label={t('infodesk.lang')}
          value={lang}
          onChange={(e) => reset(setLang)(e.target.value as Locale | '')}
          sx={{ flex: '0 0 200px' }}
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        >
          <MenuItem value="">{t('infodesk.allLangs')}</MenuItem>
          {LANGS.map((l) => (
            <MenuItem key={l} value={l}>
              {LANG_LABEL[l]}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 2 }}>
        <Chip
          label={`${t('infodesk.allCategories')} (${all})`}
          color={category === null ? 'primary' : 'default'}
          aria-pressed={category === null}
          onClick={() => reset(setCategory)(null)}
        />
        {KB_CATEGORIES.map((c) => (
          <Chip
            key={c}
            label={`${tKey(`infodesk.category.${c}`)} (${counts[c] ?? 0})`}
            color={category === c ? 'primary' : 'default'}
            aria-pressed={category === c}
            data-testid={`infodesk-chip-${c}`}
            onClick={() => reset(setCategory)(category === c ? null : c)}
          />
        ))}
        {canEdit && (
          <FormControlLabel
            sx={{ ml: 'auto' }}
            control={<Switch checked={showUnpublished} onChange={(e) => reset(setShowUnpublished)(e.target.checked)} />}
            label={t('infodesk.showUnpublished')}
          />
        )}
      </Stack>
      <ErrorAlert error={list.error} />
      {list.data && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="infodesk-found">
          {list.data.total ? t('infodesk.found', { count: list.data.total }) : t('infodesk.nothing')}
        </Typography>
      )}
      <Stack spacing={1.5} data-testid="infodesk-results">
        {list.data?.items.map((hit) => (
          <HitCard key={hit.id} hit={hit} onOpen={() => setOpenId(hit.id)} />
        ))}
      </Stack>
      {(list.data?.total ?? 0) > PAGE && (
        <PagePagination total={list.data?.total ?? 0} page={page} pageSize={PAGE} onPage={setPage} />
      )}
      {openId && (
        <ArticleDialog
          key={`${openId}:${version}`}
          id={openId}
          canEdit={canEdit}
          onEdit={() => setEditing({ id: openId })}
          onChanged={list.reload}
          onClose={() => setOpenId(null)}
        />
      )}
      {editing && (
        <ArticleEditor
          id={editing.id}
          onClose={() => setEditing(null)}
          onSaved={(id) => {
            setEditing(null);
            setOpenId(id);
            setVersion((v) => v + 1);
            list.reload();
          }}
        />
      )}
      {printSection && category && (
        <HandoutDialog
          selection={{ category, ...(lang ? { lang } : {}) }}
          title={tKey(`infodesk.category.${category}`)}
          onClose={() => setPrintSection(false)}
        />
      )}
    </Box>
  );
}

function HitCard({ hit, onOpen }: { hit: KbHit; onOpen(): void }) {
  const { t, tKey } = useI18n();
  const firstContact = hit.contacts.split('\n')[0];
  return (
    <Card variant="outlined" data-testid="infodesk-hit">
      <CardActionArea onClick={onOpen} aria-label={`${t('infodesk.open')}: ${hit.title}`}>
        <CardContent>
          <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 0.5 }}>
            <Typography variant="h6" component="h2" sx={{ mr: 1 }}>
              {hit.title}
            </Typography>
            <Chip size="small" label={tKey(`infodesk.category.${hit.category}`)} />
            <Chip size="small" variant="outlined" label={LANG_LABEL[hit.lang]} />
            {!hit.published && <Chip size="small" color="warning" label={t('infodesk.unpublished')} />}
          </Stack>
          {hit.snippet && (
            <Typography variant="body2" color="text.secondary">
              {hit.snippet}
            </Typography>
          )}
          {firstContact && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {firstContact}
            </Typography>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
