import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  CsvReader,
  FhirNormaliser,
  TabularNormaliser,
  bundleResources,
  detectDelimiter,
  detectEncoding,
  fieldsOf,
  issue,
  parseCsv,
  parseNdjsonLine,
  resolveMapping,
  suggestMapping,
  type ColumnMapping,
  type CsvRecord,
  type Delimiter,
  type Encoding,
  type ImportFormat,
  type ImportIssue,
  type ImportKind,
  type NormalisedRow,
  type RowResult,
  type ValidationContext,
} from '@leerlus/domain/imports/index';
import { HEAD_BYTES, readHead, readStream } from './storage';

/** A problem with the file as a whole (empty, unreadable, mapping does not fit): nothing is imported. */
export class ImportFileError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`import file error: ${issues.map((i) => i.reason).join(', ')}`);
    this.name = 'ImportFileError';
  }
}

const fileError = (
  reason: ImportIssue['reason'],
  column: string | null = null,
  value: string | null = null,
) => new ImportFileError([issue(0, column, value, reason)]);

export interface SourceSettings {
  format: ImportFormat;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
}

export interface ReadOptions {
  ctx: ValidationContext;
  /** Column mapping (tables only). */
  mapping: ColumnMapping;
  signal?: AbortSignal | undefined;
  /** Called after each batch with the bytes of the file read so far. */
  progress?: ((bytes: number) => void) | undefined;
  batchSize?: number;
}

const BATCH = 10_000;

/** The format from the file name and its first bytes (ZIP → XLSX, JSON → FHIR, else CSV). */
export function detectFormat(fileName: string, head: Uint8Array): ImportFormat {
  const name = fileName.toLowerCase();
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'fhir-ndjson';
  const text = Buffer.from(head).toString('utf8').trimStart();
  if (name.endsWith('.json') || text.startsWith('{')) {
    const firstLine = text.split('\n', 1)[0]!;
    try {
      const first = JSON.parse(firstLine) as { resourceType?: unknown };
      return first.resourceType === 'Bundle' ? 'fhir-bundle' : 'fhir-ndjson';
    } catch {
      return 'fhir-bundle';
    }
  }
  return 'csv';
}

/** Detected settings of a stored file. */
export async function detectSettings(path: string, fileName: string, size: number): Promise<SourceSettings> {
  if (size === 0) throw fileError('empty-file');
  const head = await readHead(path);
  const format = detectFormat(fileName, head);
  if (format !== 'csv') return { format, encoding: null, delimiter: null };
  const detected = detectEncoding(head, size <= HEAD_BYTES);
  if (!detected.ok) throw fileError('unsupported-encoding');
  const text = new TextDecoder(detected.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8').decode(head);
  return { format, encoding: detected.encoding, delimiter: detectDelimiter(text) };
}

/**
 * The rows of a stored file in batches, normalised and validated: tables (CSV streamed through the
 * decoder and CSV reader, XLSX through exceljs' streaming reader) with a column mapping, FHIR Bundles
 * (parsed whole: a Bundle is one JSON document) and NDJSON (line by line). Throws ImportFileError for
 * problems with the file as a whole, and the signal's reason when aborted.
 */
export async function* readRows(
  path: string,
  settings: SourceSettings,
  options: ReadOptions,
): AsyncGenerator<RowResult[]> {
  switch (settings.format) {
    case 'csv':
      yield* tableRows(csvRecords(path, settings, options), options);
      return;
    case 'xlsx':
      yield* tableRows(xlsxRecords(path, options), options);
      return;
    case 'fhir-bundle':
      yield* bundleRows(path, options);
      return;
    case 'fhir-ndjson':
      yield* ndjsonRows(path, options);
      return;
  }
}

/** Records of a CSV file in the chunks the file stream hands out. */
async function* csvRecords(
  path: string,
  settings: SourceSettings,
  options: ReadOptions,
): AsyncGenerator<CsvRecord[]> {
  const decoder = new TextDecoder(settings.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', {
    fatal: true,
  });
  const reader = new CsvReader(settings.delimiter ?? ',');
  let bytes = 0;
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw fileError('encoding-error', null, settings.encoding);
    }
  };
  for await (const chunk of readStream(path)) {
    options.signal?.throwIfAborted();
    bytes += (chunk as Buffer).length;
    yield reader.push(decode(chunk as Buffer));
    options.progress?.(bytes);
  }
  const out = reader.push(decode());
  yield reader.end(out);
}

const isoDate = (d: Date) =>
  d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0
    ? d.toISOString().slice(0, 10)
    : d.toISOString();

/** A spreadsheet cell as text. Formulas stay text ("=…"): they are never evaluated, nor their cached results trusted. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    const v = value as {
      formula?: string;
      sharedFormula?: string;
      richText?: { text: string }[];
      text?: unknown;
      error?: unknown;
    };
    if (typeof v.formula === 'string') return `=${v.formula}`;
    if (typeof v.sharedFormula === 'string') return `=${v.sharedFormula}`;
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/** Records of the first worksheet of an XLSX file, streamed. */
async function* xlsxRecords(path: string, options: ReadOptions): AsyncGenerator<CsvRecord[]> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const input = readStream(path).pipe(counter);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let batch: CsvRecord[] = [];
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        if (cells.every((c) => c.trim() === '')) continue;
        batch.push({ line: row.number, cells });
        if (batch.length >= 1000) {
          options.signal?.throwIfAborted();
          yield batch;
          batch = [];
          options.progress?.(bytes);
        }
      }
      break;
    }
  } catch (error) {
    if (error instanceof ImportFileError || options.signal?.aborted) throw error;
    throw fileError('unreadable-file');
  } finally {
    input.destroy();
  }
  yield batch;
}

/** Header, mapping and rows of a table, validated, in batches. */
async function* tableRows(
  records: AsyncGenerator<CsvRecord[]>,
  options: ReadOptions,
): AsyncGenerator<RowResult[]> {
  let normaliser: TabularNormaliser | null = null;
  let rows = 0;
  let batch: RowResult[] = [];
  for await (const chunk of records) {
    for (const record of chunk) {
      if (!normaliser) {
        const headers = record.cells.map((c) => c.trim());
        const { resolved, issues } = resolveMapping(headers, options.mapping, options.ctx.kind);
        if (issues.length > 0) throw new ImportFileError(issues);
        normaliser = new TabularNormaliser(headers, resolved, options.ctx);
        continue;
      }
      rows++;
      batch.push(normaliser.normalise(record));
    }
    if (batch.length >= (options.batchSize ?? BATCH)) {
      yield batch;
      batch = [];
    }
  }
  if (!normaliser) throw fileError('empty-file');
  if (rows === 0) throw fileError('header-only');
  if (batch.length > 0) yield batch;
}

async function* bundleRows(path: string, options: ReadOptions): AsyncGenerator<RowResult[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of readStream(path)) chunks.push(chunk as Buffer);
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw fileError('invalid-json');
  }
  const { resources, issues } = bundleResources(doc);
  if (issues.length > 0) throw new ImportFileError(issues);
  if (resources.length === 0) throw fileError('empty-file');
  const normaliser = new FhirNormaliser(options.ctx);
  const size = options.batchSize ?? BATCH;
  for (let from = 0; from < resources.length; from += size) {
    options.signal?.throwIfAborted();
    yield resources.slice(from, from + size).flatMap((r, i) => normaliser.normalise(r, from + i + 1));
  }
}

async function* ndjsonRows(path: string, options: ReadOptions): AsyncGenerator<RowResult[]> {
  const normaliser = new FhirNormaliser(options.ctx);
  const lines = createInterface({ input: readStream(path), crlfDelay: Infinity });
  let position = 0;
  let any = false;
  let batch: RowResult[] = [];
  for await (const line of lines) {
    position++;
    if (line.trim() === '') continue;
    any = true;
    const parsed = parseNdjsonLine(line, position);
    if ('issue' in parsed)
      batch.push({ line: position, ok: false, raw: [line.slice(0, 200)], issues: [parsed.issue] });
    else batch.push(...normaliser.normalise(parsed.resource, position));
    if (batch.length >= (options.batchSize ?? BATCH)) {
      options.signal?.throwIfAborted();
      yield batch;
      batch = [];
    }
  }
  if (!any) throw fileError('empty-file');
  if (batch.length > 0) yield batch;
}

export interface Preview {
  headers: string[];
  rows: string[][];
  suggestedMapping: ColumnMapping;
}

const PREVIEW_ROWS = 20;

/** The first rows of a file: the table's own cells (tables), or the normalised fields (FHIR). */
export async function previewFile(
  path: string,
  settings: SourceSettings,
  kind: ImportKind,
  ctx: ValidationContext,
): Promise<Preview> {
  if (settings.format === 'csv' || settings.format === 'xlsx') {
    let records: CsvRecord[] = [];
    if (settings.format === 'csv') {
      const head = await readHead(path);
      const text = new TextDecoder(settings.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8').decode(
        head,
      );
      records = parseCsv(text, settings.delimiter ?? ',').slice(0, PREVIEW_ROWS + 1);
    } else {
      for await (const chunk of xlsxRecords(path, { ctx, mapping: {} })) {
        records.push(...chunk);
        if (records.length > PREVIEW_ROWS) break;
      }
    }
    if (records.length === 0) throw fileError('empty-file');
    const headers = records[0]!.cells.map((c) => c.trim());
    return {
      headers,
      rows: records.slice(1, PREVIEW_ROWS + 1).map((r) => r.cells),
      suggestedMapping: suggestMapping(headers, kind),
    };
  }
  const headers = [...fieldsOf(kind)];
  const rows: string[][] = [];
  for await (const batch of readRows(path, settings, { ctx, mapping: {}, batchSize: PREVIEW_ROWS })) {
    for (const result of batch) {
      if (rows.length >= PREVIEW_ROWS) break;
      rows.push(result.ok ? fieldValues(result.value, headers) : headers.map(() => ''));
    }
    if (rows.length >= PREVIEW_ROWS) break;
  }
  return { headers, rows, suggestedMapping: {} };
}

function fieldValues(value: NormalisedRow, headers: string[]): string[] {
  const row = value.row as unknown as Record<string, unknown>;
  return headers.map((h) => {
    const v =
      h === 'value' && value.kind === 'patient' ? (value.row.valueNumber ?? value.row.valueText) : row[h];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  });
}
