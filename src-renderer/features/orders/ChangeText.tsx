import { Typography } from '@mui/material';
import type { OrderStudentState } from '../../../src-shared/contract/orders';
import { useI18n } from '../../app/i18n';
import { changeOf, stateText } from './order-format';

/** "Oʻqimoqda → **Akademik taʼtilda**", or "Unchanged: …" when the step left the placement as it was. */
export function ChangeText({
  before,
  after,
}: {
  before: Partial<OrderStudentState>;
  after: Partial<OrderStudentState>;
}) {
  const { t, tOr } = useI18n();
  const courseN = (course: number) => t('student.courseN', { course });
  const change = changeOf(before, after);
  if (change.same) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('orders.change.same', { state: stateText(tOr, courseN, change.after) })}
      </Typography>
    );
  }
  return (
    <Typography variant="body2">
      {stateText(tOr, courseN, change.before)} → <b>{stateText(tOr, courseN, change.after)}</b>
    </Typography>
  );
}
