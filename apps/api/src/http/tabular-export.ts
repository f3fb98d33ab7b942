/**
 * Tabular data exports for every feature: CSV (pure writer in @leerlus/domain) and XLSX (exceljs), both
 * safe against spreadsheet formula injection, sent as a download. Shape the rows with `shapeTable`
 * (domain), then call `sendTabular(reply, table, query, name)`.
 */
import type { TabularExportQuery } from '@leerlus/contracts';
import { isFormulaLike, toCsv, type Tabular, type TabularCell } from '@leerlus/domain';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel limits sheet names to 31 characters without : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'data';
}

/**
 * The table as an XLSX workbook with one sheet: numbers and dates as native cells (dates formatted
 * dd-mm-yyyy), text always as a text value; text a spreadsheet could run as a formula also gets the
 * text number format `@`, so that editing the cell does not turn it into a formula either.
 */
export async function toXlsx(table: Tabular, name = 'data'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leerlus';
  const sheet = workbook.addWorksheet(sheetName(name));
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const cells of table.rows) {
    const row = sheet.addRow([]);
    cells.forEach((cell: TabularCell, index) => {
      const target = row.getCell(index + 1);
      if (cell === null) return;
      if (typeof cell === 'number') {
        if (Number.isFinite(cell)) target.value = cell;
      } else if (cell instanceof Date) {
        target.value = cell;
        target.numFmt = 'dd-mm-yyyy';
      } else if (typeof cell === 'boolean') target.value = cell;
      else {
        // A string value is a shared string, never a formula; '@' keeps it text when edited.
        target.value = cell;
        if (isFormulaLike(cell)) target.numFmt = '@';
      }
    });
  }
  table.header.forEach((text, index) => {
    sheet.getColumn(index + 1).width = Math.min(40, Math.max(10, text.length + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

/** A file name safe for Content-Disposition: letters, digits, dot, dash and underscore. */
function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
}

/** Sends the table as a CSV or XLSX download named `<name>.csv|.xlsx`. */
export async function sendTabular(
  reply: FastifyReply,
  table: Tabular,
  query: TabularExportQuery,
  name: string,
): Promise<FastifyReply> {
  const file = safeFileName(name);
  void reply.header('cache-control', 'no-store');
  if (query.format === 'xlsx') {
    const body = await toXlsx(table, name);
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${file}.xlsx"`)
      .send(body);
  }
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file}.csv"`)
    .send(toCsv(table, { delimiter: query.delimiter }));
}
