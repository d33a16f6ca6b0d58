import { z } from 'zod';
import { channel } from './define';

export const exportsChannels = {
  /**
   * Any list on screen, as the user sees it (current filter and columns), to .xlsx. Cells that
   * start like a formula are written as text.
   */
  'exports.xlsx': channel({
    kind: 'query',
    access: 'signedIn',
    input: z.object({
      title: z.string().trim().min(1).max(100),
      columns: z
        .array(
          z.object({
            key: z.string().min(1).max(100),
            header: z.string().max(200),
            width: z.number().int().min(4).max(100).optional(),
          }),
        )
        .min(1)
        .max(100),
      rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))).max(200_000),
    }),
    output: z.object({ fileName: z.string(), data: z.string() }),
  }),
} as const;
