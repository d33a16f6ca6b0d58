import { Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import type { StudentListItem } from '../../../../src-shared/contract/students';
import { parseStudentQuery } from '../../../../src-shared/domain/student-query';
import { useT } from '../../../app/i18n';

type Kind = StudentListItem['match'];

/** What the box is being searched as, from the same parser the backend uses (`parseStudentQuery`). */
export function searchedKinds(query: string): Kind[] {
  const q = parseStudentQuery(query);
  const kinds: Kind[] = [];
  if (q.pinfl) kinds.push('pinfl');
  if (q.passport) kinds.push('passport');
  if (q.phone) kinds.push('phone');
  if (q.studentIdNumber) kinds.push('studentId');
  if (q.groupName) kinds.push('group');
  if (q.words.length > 0) kinds.push('name');
  return kinds;
}

export function QueryHint({ query }: { query: string }) {
  const t = useT();
  const kinds = useMemo(() => searchedKinds(query), [query]);
  if (kinds.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.75} alignItems="baseline" data-testid="query-hint">
      <Typography variant="body2" color="text.secondary">
        {t('studentSearch.lookingFor')}
      </Typography>
      <Typography variant="body2" fontWeight={600} color="text.secondary">
        {kinds.map((k) => t(`studentSearch.match.${k}`)).join(' · ')}
      </Typography>
    </Stack>
  );
}
