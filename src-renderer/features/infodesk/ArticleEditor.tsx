import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import type { Locale } from '../../../src-shared/contract/common';
import { KB_CATEGORIES, type KbArticle, type KbCategory } from '../../../src-shared/contract/infodesk';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { LANG_LABEL } from '../documents/lang-labels';

interface Form {
  category: KbCategory;
  lang: Locale;
  title: string;
  body: string;
  contacts: string;
  url: string;
  tags: string;
  published: boolean;
}

const EMPTY: Form = {
  category: 'services',
  lang: 'uz-Latn',
  title: '',
  body: '',
  contacts: '',
  url: '',
  tags: '',
  published: true,
};
const FIELDS = ['category', 'lang', 'title', 'body', 'contacts', 'url', 'tags', 'published'] as const;

const formOf = (a: KbArticle): Form => ({ ...a, tags: a.tags.join(', ') });

/** A new article (no id) or an existing one, read first; the server cleans apostrophes and names any field it refuses. */
export function ArticleEditor({ id, onClose, onSaved }: { id?: string; onClose(): void; onSaved(id: string): void }) {
  return id ? (
    <ExistingArticle id={id} onClose={onClose} onSaved={onSaved} />
  ) : (
    <EditorDialog initial={EMPTY} onClose={onClose} onSaved={onSaved} />
  );
}

function ExistingArticle({ id, onClose, onSaved }: { id: string; onClose(): void; onSaved(id: string): void }) {
  const existing = useQuery('infodesk.get', { id });
  return (
    <EditorDialog
      id={id}
      initial={existing.data ? formOf(existing.data) : null}
      loadError={existing.error}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}

function EditorDialog({
  id,
  initial,
  loadError = null,
  onClose,
  onSaved,
}: {
  id?: string;
  initial: Form | null;
  loadError?: AppErrorShape | null;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const save = useMutation('infodesk.save');
  const field = useFieldErrors(save.error);
  const [edited, setForm] = useState<Form | null>(null);
  const form = edited ?? initial;
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm({ ...(form as Form), [key]: value });

  async function submit() {
    if (!form) return;
    const res = await save.run({ ...(id ? { id } : {}), ...form, tags: form.tags.split(',') });
    if (!res.ok) return;
    notify(t('infodesk.edit.saved'));
    onSaved(res.data.id);
  }

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="infodesk-editor-title">
      <DialogTitle id="infodesk-editor-title">{t(id ? 'infodesk.edit.title' : 'infodesk.edit.newTitle')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={save.error ?? loadError} fields={FIELDS} sx={{ mb: 2 }} />
        {!form && <LinearProgress />}
        {form && (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                select
                label={t('infodesk.field.category')}
                value={form.category}
                onChange={(e) => set('category')(e.target.value as KbCategory)}
                sx={{ flex: 1 }}
                {...field('category')}
              >
                {KB_CATEGORIES.map((c) => (
                  <MenuItem key={c} value={c}>
                    {tKey(`infodesk.category.${c}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label={t('infodesk.field.lang')}
                value={form.lang}
                onChange={(e) => set('lang')(e.target.value as Locale)}
                sx={{ flex: 1 }}
                {...field('lang')}
              >
                {(Object.keys(LANG_LABEL) as Locale[]).map((l) => (
                  <MenuItem key={l} value={l}>
                    {LANG_LABEL[l]}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            <TextField
              label={t('infodesk.field.title')}
              value={form.title}
              onChange={(e) => set('title')(e.target.value)}
              required
              {...field('title')}
            />
            <TextField
              label={t('infodesk.field.body')}
              value={form.body}
              onChange={(e) => set('body')(e.target.value)}
              multiline
              minRows={8}
              {...field('body', t('infodesk.field.bodyHint'))}
            />
            <TextField
              label={t('infodesk.field.contacts')}
              value={form.contacts}
              onChange={(e) => set('contacts')(e.target.value)}
              multiline
              minRows={3}
              {...field('contacts', t('infodesk.field.contactsHint'))}
            />
            <TextField
              label={t('infodesk.field.url')}
              value={form.url}
              onChange={(e) => set('url')(e.target.value)}
              {...field('url')}
            />
            <TextField
              label={t('infodesk.field.tags')}
              value={form.tags}
              onChange={(e) => set('tags')(e.target.value)}
              {...field('tags', t('infodesk.field.tagsHint'))}
            />
            <FormControlLabel
              control={<Switch checked={form.published} onChange={(e) => set('published')(e.target.checked)} />}
              label={t('infodesk.field.published')}
            />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!form || save.busy} onClick={() => void submit()}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
