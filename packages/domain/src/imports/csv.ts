/**
 * An incremental CSV reader (RFC 4180 plus what spreadsheets write): feed it text in chunks of any
 * size and it hands back complete records, so a file is never held in memory as a whole. Quoted fields
 * may hold delimiters, doubled quotes and line breaks, and may be split across chunks; CRLF, LF and
 * CR line ends; blank lines are skipped (their line numbers still count). Records may be ragged (a
 * different number of fields than the header): that is for validation to report, not the reader.
 */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** One record and the 1-based line of the file on which it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

export class CsvReader {
  private readonly delim: number;
  private state = State.FieldStart;
  private field = '';
  private row: string[] = [];
  private skipLf = false;
  private line = 1;
  private recordLine = 1;
  private sawQuote = false;

  constructor(delimiter: Delimiter) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Reads a chunk; complete records are appended to `out` (returned for convenience). */
  push(text: string, out: CsvRecord[] = []): CsvRecord[] {
    const n = text.length;
    let seg = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.skipLf) {
        this.skipLf = false;
        if (c === LF) {
          seg = i + 1;
          continue;
        }
      }
      switch (this.state) {
        case State.Quoted:
          if (c === QUOTE) {
            this.field += text.slice(seg, i);
            this.state = State.QuoteInQuoted;
          } else if (c === LF) this.line++;
          continue;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            seg = i + 1;
            continue;
          }
          // Text after a closing quote is kept as it is (what spreadsheets do).
          this.state = State.Unquoted;
          seg = i;
          break;
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.sawQuote = true;
            seg = i + 1;
            continue;
          }
          this.state = State.Unquoted;
          seg = i;
          break;
        case State.Unquoted:
          break;
      }
      if (c === this.delim) {
        this.row.push(this.field + text.slice(seg, i));
        this.field = '';
        this.state = State.FieldStart;
      } else if (c === LF || c === CR) {
        this.field += text.slice(seg, i);
        this.endRecord(out);
        if (c === CR) this.skipLf = true;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.field += text.slice(seg);
    return out;
  }

  /** The end of the input: the last record (without a line end) is appended to `out`. */
  end(out: CsvRecord[] = []): CsvRecord[] {
    if (this.state !== State.FieldStart || this.row.length > 0) this.endRecord(out);
    return out;
  }

  private endRecord(out: CsvRecord[]): void {
    this.row.push(this.field);
    const blank = this.row.length === 1 && this.row[0] === '' && !this.sawQuote;
    if (!blank) out.push({ line: this.recordLine, cells: this.row });
    this.row = [];
    this.field = '';
    this.sawQuote = false;
    this.state = State.FieldStart;
    this.line++;
    this.recordLine = this.line;
  }
}

/** Reads a whole (small) text: tests and previews. */
export function parseCsv(text: string, delimiter: Delimiter): CsvRecord[] {
  const reader = new CsvReader(delimiter);
  return reader.end(reader.push(text));
}

/**
 * The delimiter of a CSV from its first lines: the candidate that splits the header line into the most
 * fields, ties broken by how consistently it splits the next lines (so "a;b,c" style Dutch files with
 * decimal commas in the data still pick ";"). One column only → ",".
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample
    .split(/\r\n|\n|\r/)
    .slice(0, 20)
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return ',';
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const header = counts[0]!;
    if (header === 0) continue;
    const consistent = counts.filter((c) => c === header).length;
    const score = header * 1000 + consistent;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}
