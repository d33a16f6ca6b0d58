import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { Department } from '../../../src-shared/contract/structure';
import { useI18n } from '../../app/i18n';
import { structureCodeName } from './codes';

/** Departments in tree order (parents first, children indented). */
export function treeOrder(all: readonly Department[]): { d: Department; depth: number }[] {
  const ids = new Set(all.map((d) => d.id));
  const out: { d: Department; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const d of all.filter((x) => (x.parentId && ids.has(x.parentId) ? x.parentId : null) === parent)) {
      out.push({ d, depth });
      if (depth < 6) walk(d.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The faculty/department tree; picking a node filters the lists beside it, double click edits it. */
export function DepartmentTree({
  departments,
  selected,
  onSelect,
  onEdit,
}: {
  departments: Department[];
  selected: string | null;
  onSelect(id: string | null): void;
  onEdit?(d: Department): void;
}) {
  const { t, tOr } = useI18n();
  if (departments.length === 0)
    return <Typography color="text.secondary">{t('structure.department.empty')}</Typography>;
  return (
    <List dense disablePadding aria-label={t('structure.department.tree')}>
      <ListItemButton selected={selected === null} onClick={() => onSelect(null)}>
        <ListItemText primary={t('structure.department.all')} />
      </ListItemButton>
      {treeOrder(departments).map(({ d, depth }) => (
        <ListItemButton
          key={d.id}
          selected={selected === d.id}
          onClick={() => onSelect(d.id)}
          onDoubleClick={() => onEdit?.(d)}
          onKeyDown={(e) => e.key === 'F2' && onEdit?.(d)}
          sx={{ pl: 2 + depth * 2, opacity: d.active ? 1 : 0.5 }}
        >
          <ListItemText
            primary={d.nameUzLatn}
            secondary={`${d.code} · ${structureCodeName(tOr, 'structureType', d.structureType)}`}
          />
        </ListItemButton>
      ))}
    </List>
  );
}
