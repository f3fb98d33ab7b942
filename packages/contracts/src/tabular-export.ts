import { z } from 'zod';

/** The query of every tabular data export: `format=csv|xlsx`, and for CSV `delimiter=comma|semicolon` (Dutch Excel). */
export const tabularExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
});
export type TabularExportQuery = z.infer<typeof tabularExportQuery>;
