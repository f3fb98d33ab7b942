import PDFDocument from 'pdfkit';

/**
 * A small, reusable PDF document builder on pdfkit for printable artefacts (minutes, factsheets, the
 * matrix poster, A3 reports, …). It keeps a cursor, breaks pages itself (tables repeat their header),
 * numbers the pages in the footer and returns the bytes. Only the standard PDF fonts are used
 * (Helvetica, WinAnsi encoding), so text is passed through {@link pdfSafeText} first.
 */

export type PdfPageSize = 'A4' | 'A3';
export type PdfLayout = 'portrait' | 'landscape';

export interface PdfOptions {
  title: string;
  author?: string | undefined;
  subject?: string | undefined;
  size?: PdfPageSize | undefined;
  layout?: PdfLayout | undefined;
  /** Left part of every page's footer (page numbers are on the right). */
  footer?: string | undefined;
  /** Word for "page" in the footer ("Pagina" / "Page"). */
  pageLabel?: string | undefined;
  margin?: number | undefined;
}

export interface PdfTableColumn {
  header: string;
  /** Relative width (default 1). */
  weight?: number | undefined;
  align?: 'left' | 'center' | 'right' | undefined;
}

export interface PdfTable {
  columns: PdfTableColumn[];
  rows: string[][];
  /** Background colour (hex) for a body cell, e.g. to colour a status. */
  cellFill?: ((row: number, column: number) => string | undefined) | undefined;
  fontSize?: number | undefined;
}

const COLOURS = { text: '#1a1a1a', muted: '#555555', rule: '#b5b5b5', headerFill: '#e8eef5', accent: '#1f4e79' };

/** Characters outside WinAnsi (the standard fonts' encoding) replaced by readable equivalents. */
const REPLACEMENTS: [RegExp, string][] = [
  [/→/g, '->'],
  [/←/g, '<-'],
  [/≥/g, '>='],
  [/≤/g, '<='],
  [/≠/g, '!='],
  [/[✓✔]/g, 'v'],
  [/[✗✘]/g, 'x'],
  [/[☐□]/g, '[ ]'],
  [/×/g, 'x'],
  [/\u00a0/g, ' '],
];

/** Text safe for the standard PDF fonts: known symbols replaced, other characters outside Latin-1/WinAnsi dropped. */
export function pdfSafeText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  // WinAnsi covers Latin-1 plus a few typographic marks (– — ‘ ’ “ ” • … €).
  return out.replace(/[^\n\t\x20-\x7e\u00a1-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '');
}

export class PdfBuilder {
  readonly doc: PDFKit.PDFDocument;
  private readonly margin: number;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: PdfOptions) {
    this.margin = options.margin ?? 48;
    this.doc = new PDFDocument({
      size: options.size ?? 'A4',
      layout: options.layout ?? 'portrait',
      margins: { top: this.margin, bottom: this.margin + 16, left: this.margin, right: this.margin },
      bufferPages: true,
      info: { Title: pdfSafeText(options.title), Author: pdfSafeText(options.author ?? 'Leerlus'), Subject: pdfSafeText(options.subject ?? '') },
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font('Helvetica').fillColor(COLOURS.text);
  }

  /** Usable width between the margins. */
  get width(): number {
    return this.doc.page.width - 2 * this.margin;
  }

  private get bottom(): number {
    return this.doc.page.height - this.margin - 16;
  }

  /** Starts a new page when less than `height` points are left on this one. */
  ensureSpace(height: number): this {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
    return this;
  }

  heading(text: string, level: 1 | 2 | 3 = 1): this {
    const size = level === 1 ? 20 : level === 2 ? 14 : 11.5;
    this.ensureSpace(size * 3);
    if (level > 1) this.doc.moveDown(0.6);
    this.doc
      .font('Helvetica-Bold')
      .fontSize(size)
      .fillColor(level === 1 ? COLOURS.accent : COLOURS.text)
      .text(pdfSafeText(text), this.margin, this.doc.y, { width: this.width });
    this.doc.moveDown(level === 1 ? 0.5 : 0.3).font('Helvetica').fillColor(COLOURS.text);
    return this;
  }

  paragraph(text: string, options: { muted?: boolean; size?: number; bold?: boolean } = {}): this {
    if (!text) return this;
    const size = options.size ?? 10;
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(size)
      .fillColor(options.muted ? COLOURS.muted : COLOURS.text);
    this.ensureSpace(this.doc.heightOfString(pdfSafeText(text), { width: this.width }));
    this.doc.text(pdfSafeText(text), this.margin, this.doc.y, { width: this.width });
    this.doc.moveDown(0.4).font('Helvetica').fillColor(COLOURS.text);
    return this;
  }

  /** Label–value lines ("Voorzitter: …"). Empty values are skipped. */
  keyValues(pairs: readonly (readonly [string, string])[]): this {
    const labelWidth = Math.min(150, this.width * 0.3);
    this.doc.fontSize(10);
    for (const [label, value] of pairs) {
      if (!value) continue;
      const safe = pdfSafeText(value);
      const height = Math.max(this.doc.heightOfString(safe, { width: this.width - labelWidth }), 12);
      this.ensureSpace(height);
      const y = this.doc.y;
      this.doc.font('Helvetica-Bold').text(pdfSafeText(label), this.margin, y, { width: labelWidth - 8 });
      this.doc.font('Helvetica').text(safe, this.margin + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(this.doc.y, y + height) + 2;
    }
    this.doc.moveDown(0.3);
    return this;
  }

  /** A bulleted (or, with `checkbox`, tick-box) list. */
  list(items: readonly string[], options: { checkbox?: boolean; numbered?: boolean } = {}): this {
    this.doc.fontSize(10).font('Helvetica');
    items.forEach((item, index) => {
      const safe = pdfSafeText(item);
      const indent = 16;
      const height = this.doc.heightOfString(safe, { width: this.width - indent });
      this.ensureSpace(height);
      const y = this.doc.y;
      if (options.checkbox) this.doc.rect(this.margin + 1, y + 1, 8, 8).lineWidth(0.8).strokeColor(COLOURS.muted).stroke();
      else this.doc.text(options.numbered ? `${index + 1}.` : '•', this.margin, y, { width: indent });
      this.doc.text(safe, this.margin + indent, y, { width: this.width - indent });
      this.doc.moveDown(0.15);
    });
    this.doc.moveDown(0.3);
    return this;
  }

  /** A table with a repeated header row on every page it spans. */
  table(table: PdfTable): this {
    const fontSize = table.fontSize ?? 9;
    const padding = 4;
    const totalWeight = table.columns.reduce((sum, c) => sum + (c.weight ?? 1), 0);
    const widths = table.columns.map((c) => (this.width * (c.weight ?? 1)) / totalWeight);
    const xs = widths.map((_, i) => this.margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const rowHeight = (cells: readonly string[], bold: boolean): number => {
      this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize);
      return Math.max(...cells.map((cell, i) => this.doc.heightOfString(pdfSafeText(cell), { width: (widths[i] ?? 0) - 2 * padding }))) + 2 * padding;
    };
    const drawRow = (cells: readonly string[], bold: boolean, fill: (i: number) => string | undefined): void => {
      const height = rowHeight(cells, bold);
      const y = this.doc.y;
      cells.forEach((cell, i) => {
        const x = xs[i] ?? this.margin;
        const w = widths[i] ?? 0;
        const colour = fill(i);
        if (colour) this.doc.rect(x, y, w, height).fill(colour);
        this.doc.rect(x, y, w, height).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
        this.doc
          .fillColor(COLOURS.text)
          .font(bold ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(fontSize)
          .text(pdfSafeText(cell), x + padding, y + padding, { width: w - 2 * padding, align: table.columns[i]?.align ?? 'left' });
      });
      this.doc.y = y + height;
    };
    const header = table.columns.map((c) => c.header);
    const drawHeader = (): void => drawRow(header, true, () => COLOURS.headerFill);
    this.ensureSpace(rowHeight(header, true) + (table.rows[0] ? rowHeight(table.rows[0], false) : 0));
    drawHeader();
    table.rows.forEach((row, r) => {
      const height = rowHeight(row, false);
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        drawHeader();
      }
      drawRow(row, false, (c) => table.cellFill?.(r, c));
    });
    this.doc.x = this.margin;
    this.doc.moveDown(0.6);
    return this;
  }

  spacer(lines = 1): this {
    this.doc.moveDown(lines);
    return this;
  }

  pageBreak(): this {
    this.doc.addPage();
    return this;
  }

  /** Writes the footers and finishes the document. */
  async toBuffer(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      // The footer sits in the bottom margin: lift the margin while writing so pdfkit adds no page.
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - this.margin;
      this.doc.font('Helvetica').fontSize(8).fillColor(COLOURS.muted);
      if (this.options.footer) this.doc.text(pdfSafeText(this.options.footer), this.margin, y, { width: this.width * 0.75, lineBreak: false });
      this.doc.text(`${this.options.pageLabel ?? 'Page'} ${i + 1}/${range.count}`, this.margin, y, { width: this.width, align: 'right', lineBreak: false });
    }
    this.doc.end();
    return this.done;
  }
}

/** Builds a PDF: `build` writes into the builder; resolves with the file's bytes. */
export async function renderPdf(options: PdfOptions, build: (pdf: PdfBuilder) => void): Promise<Buffer> {
  const pdf = new PdfBuilder(options);
  build(pdf);
  return pdf.toBuffer();
}
