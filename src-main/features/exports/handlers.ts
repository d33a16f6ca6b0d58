import type { HandlersOf } from '../../backend/context';
import { writeXlsx } from './xlsx';

export const exportsHandlers: HandlersOf<'exports.xlsx'> = {
  'exports.xlsx': async (input, ctx) => {
    const data = await writeXlsx([{ name: input.title, columns: input.columns, rows: input.rows }]);
    const stamp = ctx.clock.now().toISOString().slice(0, 10);
    const safe = input.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'export';
    return { fileName: `${safe} ${stamp}.xlsx`, data: data.toString('base64') };
  },
};
