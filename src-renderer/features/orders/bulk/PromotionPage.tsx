import { Alert, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { useUser } from '../../../app/session';
import type { ShellDef } from '../../../shells/shells';
import { PageHeader } from '../../../ui/PageHeader';
import { mayEditOrders } from './bulk-format';
import { BulkRun, type BulkMode } from './BulkRun';

/**
 * Kursdan kursga oʻtkazish and bitiruv: a faculty's course (or its final-year students) checked in
 * a dry run, then turned into draft orders that go through the usual approve-and-apply path.
 */
export function PromotionPage({ shell }: { shell: ShellDef }) {
  const { t } = useI18n();
  const { user } = useUser();
  const [mode, setMode] = useState<BulkMode>('promotion');
  return (
    <>
      <PageHeader title={t('movements.promotion.title')} intro={t('movements.promotion.intro')} />
      {mayEditOrders(user.role) ? (
        <>
          <Tabs value={mode} onChange={(_e, v: BulkMode) => setMode(v)} sx={{ mb: 2 }}>
            <Tab value="promotion" label={t('movements.promotion.tab')} data-testid="tab-promotion" />
            <Tab value="graduation" label={t('movements.graduation.tab')} data-testid="tab-graduation" />
          </Tabs>
          {/* A fresh run per tab: a promotion plan is no graduation plan. */}
          <BulkRun key={mode} mode={mode} shell={shell} />
        </>
      ) : (
        <Alert severity="info">{t('movements.readOnly')}</Alert>
      )}
    </>
  );
}
