import { TablePagination } from '@mui/material';

/** A list's pager with a fixed page size: "21–40 / 312" and the arrows (the lists that do not let the user pick a size). */
export function PagePagination({
  total,
  page,
  pageSize,
  onPage,
}: {
  total: number;
  page: number;
  pageSize: number;
  onPage(page: number): void;
}) {
  return (
    <TablePagination
      component="div"
      count={total}
      page={page}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[pageSize]}
      onPageChange={(_e, p) => onPage(p)}
      labelDisplayedRows={({ from, to, count }) => `${from}–${to} / ${count}`}
    />
  );
}
