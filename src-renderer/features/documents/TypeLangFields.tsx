import { MenuItem, TextField } from '@mui/material';
import type { Locale } from '../../../src-shared/contract/common';
import {
  COUNTER_TYPE_CODES,
  DOCUMENT_TYPES,
  defaultLang,
  type DocumentTypeCode,
} from '../../../src-shared/domain/documents/catalog';
import { useI18n } from '../../app/i18n';
import { LANG_LABEL } from './lang-labels';

export interface TypeLang {
  type: DocumentTypeCode;
  lang: Locale;
}

/**
 * The document type and its language, side by side (for a flex row); types issued from an order are not offered. Changing the type keeps the language
 * when the new type is printed in it, else takes the type's first.
 */
export function TypeLangFields({
  value,
  onChange,
  testIds = false,
}: {
  value: TypeLang;
  onChange(v: TypeLang): void;
  testIds?: boolean;
}) {
  const { t, tKey } = useI18n();
  const langs = DOCUMENT_TYPES[value.type].langs as readonly Locale[];
  return (
    <>
      <TextField
        select
        size="small"
        label={t('documents.section.type')}
        value={value.type}
        onChange={(e) => {
          const type = e.target.value as DocumentTypeCode;
          onChange({ type, lang: defaultLang(type, value.lang) });
        }}
        sx={{ flex: '1 1 260px', maxWidth: 420 }}
        inputProps={testIds ? { 'data-testid': 'document-type' } : undefined}
      >
        {COUNTER_TYPE_CODES.map((c) => (
          <MenuItem key={c} value={c}>
            {tKey(`documents.type.${c}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('documents.section.lang')}
        value={value.lang}
        onChange={(e) => onChange({ ...value, lang: e.target.value as Locale })}
        sx={{ flex: '0 1 160px' }}
        inputProps={testIds ? { 'data-testid': 'document-lang' } : undefined}
      >
        {langs.map((l) => (
          <MenuItem key={l} value={l}>
            {LANG_LABEL[l]}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
