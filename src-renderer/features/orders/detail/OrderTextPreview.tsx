import { Box, Paper, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import type { OrderText, OrderTexts } from '../../../../src-shared/contract/orders';
import { useI18n } from '../../../app/i18n';

type Lang = keyof OrderTexts;

/** The order as it will read on paper, in Uzbek and Russian (the layout of DOMAIN §4.2). */
export function OrderTextPreview({ text }: { text: OrderTexts }) {
  const { t } = useI18n();
  const [lang, setLang] = useState<Lang>('uz-Latn');
  return (
    <Box data-testid="order-text-preview">
      <Tabs value={lang} onChange={(_e, v: Lang) => setLang(v)} sx={{ mb: 2 }}>
        <Tab value="uz-Latn" label={t('orders.lang.uz')} data-testid="preview-tab-uz" />
        <Tab value="ru" label={t('orders.lang.ru')} data-testid="preview-tab-ru" />
      </Tabs>
      <OrderPage text={text[lang]} lang={lang} />
    </Box>
  );
}

const serif = { fontFamily: '"Times New Roman", Times, serif', fontSize: 15, lineHeight: 1.5 };

function OrderPage({ text: x, lang }: { text: OrderText; lang: Lang }) {
  const para = (s: string) =>
    s
      .split('\n')
      .filter((line) => line.trim())
      .map((line, i) => (
        <Typography key={i} sx={{ ...serif, textIndent: '2em', textAlign: 'justify' }}>
          {line}
        </Typography>
      ));
  return (
    <Paper
      variant="outlined"
      lang={lang}
      sx={{ p: { xs: 2, md: 5 }, maxWidth: 800, mx: 'auto', bgcolor: '#fff', color: '#000' }}
      data-testid="order-page"
      data-lang={lang}
    >
      <Typography align="center" sx={{ ...serif, fontWeight: 700, textTransform: 'uppercase' }}>
        {x.institution}
      </Typography>
      <Typography align="center" sx={{ ...serif, fontWeight: 700, fontSize: 18, letterSpacing: 4, my: 1.5 }}>
        {x.heading}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 2 }}>
        <Typography sx={serif}>{x.dateLine || '____________'}</Typography>
        <Typography sx={serif}>{x.place}</Typography>
        <Typography sx={serif} data-testid="order-number-line">
          {x.numberLine || '№ ______'}
        </Typography>
      </Box>
      <Typography align="center" sx={{ ...serif, fontWeight: 700, mb: 2 }} data-testid="order-title">
        {x.title}
      </Typography>
      {para(x.preamble)}
      <Typography align="center" sx={{ ...serif, fontWeight: 700, my: 1.5, letterSpacing: 2 }}>
        {x.command}
      </Typography>
      {x.paragraphs.map((p) => (
        <Box key={p.n} sx={{ mb: 1 }} data-testid="order-paragraph">
          <Typography sx={{ ...serif, textIndent: '2em', textAlign: 'justify' }}>
            {p.n}. {p.text}
          </Typography>
          {p.items.map((item, i) => (
            <Typography key={item.studentId} sx={{ ...serif, pl: '4em' }}>
              {i + 1}) {item.text}
            </Typography>
          ))}
        </Box>
      ))}
      {/* The control clause is printed as the last numbered paragraph, as on paper. */}
      {x.control && (
        <Typography sx={{ ...serif, textIndent: '2em', textAlign: 'justify' }}>
          {(x.paragraphs.at(-1)?.n ?? 0) + 1}. {x.control}
        </Typography>
      )}
      {x.basis && <Box sx={{ mt: 1.5 }}>{para(x.basis)}</Box>}
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 4 }}>
        <Typography sx={{ ...serif, fontWeight: 700 }}>{x.signature.position}</Typography>
        <Typography sx={{ ...serif, fontWeight: 700 }}>{x.signature.name}</Typography>
      </Box>
    </Paper>
  );
}
