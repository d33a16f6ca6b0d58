import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { OrderType } from '../../../../src-shared/domain/orders';
import { useI18n } from '../../../app/i18n';
import type { SameForAll } from './composer-state';
import { LineFields, type Group } from './LineFields';

/** Fill once, copy to every student: the filled fields only, so a student's own reason is not wiped by a blank. */
export function SameForAllRow({
  type,
  groups,
  initialDate,
  onApply,
}: {
  type: OrderType;
  groups: readonly Group[];
  initialDate: string;
  onApply(all: SameForAll): void;
}) {
  const { t } = useI18n();
  const [all, setAll] = useState<SameForAll>({
    effectiveDate: initialDate,
    reason: '',
    leaveUntil: '',
    newGroupId: null,
    note: '',
  });
  return (
    <Box sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }} data-testid="same-for-all">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {t('orders.compose.sameForAll')}
      </Typography>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap alignItems="flex-start">
        <LineFields
          type={type}
          value={{ ...all, leaveUntil: all.leaveUntil || null }}
          groups={groups}
          onChange={({ leaveUntil, newName: _name, ...rest }) =>
            setAll((a) => ({ ...a, ...rest, ...(leaveUntil !== undefined ? { leaveUntil: leaveUntil ?? '' } : {}) }))
          }
          testPrefix="all"
          withName={false}
        />
        <Button
          variant="outlined"
          startIcon={<DoneAllOutlined />}
          onClick={() => onApply(all)}
          data-testid="apply-to-all"
          sx={{ flexShrink: 0 }}
        >
          {t('orders.compose.applyToAll')}
        </Button>
      </Stack>
    </Box>
  );
}
