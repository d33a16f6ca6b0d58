import Refresh from '@mui/icons-material/Refresh';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { QUALITY_CHECKS, type QualityCheck } from '../../../src-shared/contract/quality';
import { useQuery } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { useUser } from '../../app/session';
import { pagePath, type ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { QualityList } from './QualityList';
import { QualitySummary } from './QualitySummary';

function isCheck(value: string | null): value is QualityCheck {
  return value !== null && (QUALITY_CHECKS as readonly string[]).includes(value);
}

/**
 * Data quality of the registry (issue 3): a card per check, the students a check flags with links
 * to their cards, and the one-click fixes. The chosen check is in the URL (`?check=`), so Back from
 * a student card returns to the same list.
 */
export function QualityPage({ shell }: { shell: ShellDef }) {
  const t = useT();
  const { user } = useUser();
  const summary = useQuery('quality.summary', {});
  // Refresh also re-reads the list (a fresh list: back to its first page).
  const [version, setVersion] = useState(0);
  const [params, setParams] = useSearchParams();
  const requested = params.get('check');
  const firstWithFindings = summary.data?.find((s) => s.count > 0)?.check;
  const check: QualityCheck = isCheck(requested) ? requested : (firstWithFindings ?? QUALITY_CHECKS[0]);

  return (
    <>
      <PageHeader
        title={t('qualityPage.title')}
        intro={t('qualityPage.intro')}
        actions={
          <Button
            startIcon={<Refresh />}
            onClick={() => {
              summary.reload();
              setVersion((v) => v + 1);
            }}
            disabled={summary.loading}
          >
            {t('common.refresh')}
          </Button>
        }
      />
      <Stack spacing={2}>
        <ErrorAlert error={summary.error} />
        {summary.data && (
          <>
            <QualitySummary
              summary={summary.data}
              selected={check}
              onSelect={(next) => setParams({ check: next }, { replace: true })}
            />
            <QualityList
              key={`${check}:${version}`}
              check={check}
              cardPath={(id) => pagePath(shell, user.role, 'studentCard', id)}
              onFixed={summary.reload}
            />
          </>
        )}
      </Stack>
    </>
  );
}
