import PDFDocument from 'pdfkit';
import type { AssessmentResults } from '@leerlus/contracts/maturity';
import { EXPORT_TEXT, formatDate, itemTextOf, nextSteps, pct, themeTitleOf, titleLine, type ExportLocale } from './export-text';

const COLOURS = ['#9AA5B1', '#4C7FB8', '#1F4E79', '#2E7D32', '#E07B00'];

/** The standard PDF fonts speak WinAnsi: replace the few characters of our texts outside it. */
const safe = (s: string) => s.replace(/→/g, '->').replace(/≥/g, '>=').replace(/≤/g, '<=');

/** Radar of the measurements (0–100 % per theme), drawn as vector polygons. */
function drawRadar(doc: PDFKit.PDFDocument, results: AssessmentResults, locale: ExportLocale, cx: number, cy: number, r: number): void {
  const n = results.radar.axes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, v: number) => [cx + Math.cos(angle(i)) * r * (v / 100), cy + Math.sin(angle(i)) * r * (v / 100)] as const;
  doc.save().lineWidth(0.5).strokeColor('#D1D5DB');
  for (const ring of [25, 50, 75, 100]) {
    for (let i = 0; i < n; i++) {
      const [x, y] = point(i, ring);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    }
    doc.closePath().stroke();
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = point(i, 100);
    doc.moveTo(cx, cy).lineTo(x, y).stroke();
    const [lx, ly] = point(i, 118);
    doc.fillColor('#374151').fontSize(8).text(safe(results.radar.axes[i]!.title[locale]), lx - 55, ly - 6, { width: 110, align: 'center' });
  }
  doc.restore();
  const series = results.radar.series;
  series.forEach((s, k) => {
    const colour = COLOURS[COLOURS.length - series.length + k] ?? COLOURS[0]!;
    doc.save().lineWidth(s.isCurrent ? 2 : 1).strokeColor(colour);
    s.values.forEach((v, i) => {
      const [x, y] = point(i, v ?? 0);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath().stroke().restore();
  });
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.8).fillColor('#1F4E79').font('Helvetica-Bold').fontSize(14).text(safe(text), { underline: false }).moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#111827');
}

/** The results as a PDF: title, radar, scores per theme (with trend), findings, gaps, next steps. */
export async function buildPdf(results: AssessmentResults, teamName: string, locale: ExportLocale): Promise<Buffer> {
  const text = EXPORT_TEXT[locale];
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: safe(results.definition.title[locale]), Producer: 'Leerlus' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(20).fillColor('#1F4E79').text(safe(results.definition.title[locale]));
  doc.font('Helvetica').fontSize(12).fillColor('#374151').text(safe(titleLine(results, teamName, locale)));
  doc.fontSize(10).text(`${text.respondents(results.respondents)} · ${pct(results.overall.percent)}`);

  heading(doc, text.radar);
  const top = doc.y;
  drawRadar(doc, results, locale, 297, top + 130, 95);
  doc.y = top + 270;
  doc.x = 50;
  results.radar.series.forEach((s, k) => {
    const colour = COLOURS[COLOURS.length - results.radar.series.length + k] ?? COLOURS[0]!;
    doc.fillColor(colour).text(`■ ${text[s.kind]} ${formatDate(s.measuredOn)}`, { continued: false });
  });

  heading(doc, results.radar.series.length > 1 ? text.trend : text.scores);
  for (const trend of results.trends) {
    const series = trend.points.map((p) => pct(p.percent)).join(' -> ');
    doc.fillColor('#111827').text(safe(`${themeTitleOf(results, trend.themeId, locale)}: ${series}`));
  }

  heading(doc, text.findings);
  for (const f of results.findings[locale]) doc.text(safe(`• ${f}`));

  heading(doc, text.gaps);
  if (results.gaps.length === 0) doc.text(text.noGaps);
  for (const g of results.gaps.slice(0, 15)) doc.text(safe(`• ${itemTextOf(results, g.itemId, locale)} (${themeTitleOf(results, g.themeId, locale)}): ${g.value.toFixed(1)} / ${g.target}`));

  heading(doc, text.nextSteps);
  for (const s of nextSteps(results, locale)) doc.text(safe(`• ${s}`));

  doc.end();
  return done;
}
