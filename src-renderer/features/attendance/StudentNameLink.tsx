import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { ShellDef } from '../../shells/shells';

/**
 * A student's name that opens the card. Every workspace has the card (`students/:id`) and everyone
 * who may read attendance may read students, so the path is built here: importing `shells.ts` from
 * a page listed in `nav.ts` would close an import cycle (shells → nav → page → shells).
 */
export function StudentNameLink({ shell, id, name }: { shell: ShellDef; id: string; name: string }) {
  return (
    <Link
      component={RouterLink}
      to={`/${shell.id}/students/${encodeURIComponent(id)}`}
      underline="hover"
      data-testid="attendance-student"
    >
      {name}
    </Link>
  );
}
