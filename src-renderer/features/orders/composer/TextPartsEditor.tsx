import LibraryAddOutlined from '@mui/icons-material/LibraryAddOutlined';
import { Box, Button, Menu, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Clause } from '../../../../src-shared/contract/orders';
import type { OrderType } from '../../../../src-shared/domain/orders';
import { useI18n } from '../../../app/i18n';
import {
  clausesFor,
  insertClause,
  partKey,
  TEXT_PARTS,
  type TextLang,
  type TextPart,
  type TextParts,
} from './composer-state';

/**
 * The parts of the order's wording the office writes (DOMAIN §4.2): the preamble citing the legal basis,
 * the control paragraph and "Asos:", in Uzbek and Russian. A clause from the library fills both languages.
 */
export function TextPartsEditor({
  type,
  value,
  clauses,
  onChange,
}: {
  type: OrderType;
  value: TextParts;
  clauses: readonly Clause[];
  onChange(next: TextParts): void;
}) {
  const { t } = useI18n();
  const [lang, setLang] = useState<TextLang>('uz');
  const [menu, setMenu] = useState<{ part: TextPart; anchor: HTMLElement } | null>(null);
  const offered = menu ? clausesFor(clauses, menu.part, type) : [];

  return (
    <Box data-testid="order-text-parts">
      <Tabs value={lang} onChange={(_e, v: TextLang) => setLang(v)} sx={{ mb: 2 }}>
        <Tab value="uz" label={t('orders.lang.uz')} data-testid="text-tab-uz" />
        <Tab value="ru" label={t('orders.lang.ru')} data-testid="text-tab-ru" />
      </Tabs>
      <Stack spacing={2}>
        {TEXT_PARTS.map((part) => {
          const key = partKey(part, lang);
          return (
            <Stack key={key} direction="row" spacing={1} alignItems="flex-start">
              <TextField
                multiline
                minRows={part === 'preamble' ? 3 : 2}
                fullWidth
                size="small"
                label={t(`orders.text.${part}`)}
                helperText={t(`orders.text.${part}Hint`)}
                value={value[key]}
                onChange={(e) => onChange({ ...value, [key]: e.target.value })}
                lang={lang === 'uz' ? 'uz-Latn' : 'ru'}
                data-testid={`text-${part}-${lang}`}
                slotProps={{ htmlInput: { maxLength: part === 'preamble' ? 4000 : 2000 } }}
              />
              <Button
                size="small"
                startIcon={<LibraryAddOutlined />}
                onClick={(e) => setMenu({ part, anchor: e.currentTarget })}
                data-testid={`insert-clause-${part}`}
                sx={{ flexShrink: 0, mt: 0.5 }}
              >
                {t('orders.text.insert')}
              </Button>
            </Stack>
          );
        })}
      </Stack>
      <Menu open={menu !== null} anchorEl={menu?.anchor} onClose={() => setMenu(null)}>
        {offered.length === 0 && <MenuItem disabled>{t('orders.text.noClauses')}</MenuItem>}
        {offered.map((c) => (
          <MenuItem
            key={c.id}
            onClick={() => {
              if (menu) onChange(insertClause(value, menu.part, c));
              setMenu(null);
            }}
            sx={{ maxWidth: 560, whiteSpace: 'normal' }}
            data-testid="clause-option"
          >
            <Typography variant="body2">{lang === 'ru' && c.textRu ? c.textRu : c.textUz}</Typography>
          </MenuItem>
        ))}
      </Menu>
    </Box>
  );
}
