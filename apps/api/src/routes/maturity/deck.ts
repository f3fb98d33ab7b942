import PptxGenJS from 'pptxgenjs';
import type { AssessmentResults } from '@leerlus/contracts/maturity';
import { EXPORT_TEXT, formatDate, itemTextOf, nextSteps, pct, themeTitleOf, titleLine, type ExportLocale } from './export-text';

const COLOURS = ['9AA5B1', '4C7FB8', '1F4E79', '2E7D32', 'E07B00'];
const TITLE = { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 26, bold: true, color: '1F2937' } as const;

/**
 * The results deck (seed 000: "template presentatie uitkomsten 0-meting"): title, radar with earlier
 * measurements, trend per theme, findings, gaps and next steps. Native PowerPoint charts, so the team
 * can restyle them.
 */
export async function buildDeck(results: AssessmentResults, teamName: string, locale: ExportLocale): Promise<Buffer> {
  const text = EXPORT_TEXT[locale];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = results.definition.title[locale];
  pptx.company = 'Leerlus';

  const title = pptx.addSlide();
  title.addText(results.definition.title[locale], { x: 0.5, y: 1.6, w: 9, h: 1.2, fontSize: 32, bold: true, color: '1F4E79' });
  title.addText(titleLine(results, teamName, locale), { x: 0.5, y: 2.9, w: 9, h: 0.6, fontSize: 18, color: '374151' });
  title.addText(`${text.respondents(results.respondents)} · ${pct(results.overall.percent)}`, { x: 0.5, y: 3.5, w: 9, h: 0.5, fontSize: 14, color: '6B7280' });

  const labels = results.radar.axes.map((a) => a.title[locale]);
  const series = results.radar.series.map((s) => ({
    name: `${text[s.kind]} ${formatDate(s.measuredOn)}`,
    labels,
    values: s.values.map((v) => (v === null ? 0 : Math.round(v))),
  }));
  const radar = pptx.addSlide();
  radar.addText(text.radar, TITLE);
  radar.addChart(pptx.ChartType.radar, series, {
    x: 0.5, y: 1.1, w: 9, h: 4.3, radarStyle: 'marker', showLegend: true, legendPos: 'b', valAxisMaxVal: 100, valAxisMinVal: 0, chartColors: COLOURS.slice(-series.length),
  });

  const trend = pptx.addSlide();
  trend.addText(results.radar.series.length > 1 ? text.trend : text.scores, TITLE);
  trend.addChart(pptx.ChartType.bar, series, {
    x: 0.5, y: 1.1, w: 9, h: 4.3, barDir: 'bar', barGrouping: 'clustered', showLegend: true, legendPos: 'b', valAxisMaxVal: 100, valAxisMinVal: 0, chartColors: COLOURS.slice(-series.length), catAxisLabelFontSize: 10,
  });

  const findings = pptx.addSlide();
  findings.addText(text.findings, TITLE);
  findings.addText(results.findings[locale].map((f) => ({ text: f, options: { bullet: true, breakLine: true } })), { x: 0.5, y: 1.1, w: 9, h: 4.3, fontSize: 14, valign: 'top' });

  const gaps = pptx.addSlide();
  gaps.addText(text.gaps, TITLE);
  if (results.gaps.length === 0) gaps.addText(text.noGaps, { x: 0.5, y: 1.2, w: 9, h: 0.6, fontSize: 16 });
  else {
    const header = [text.theme, text.item, text.score, text.target].map((h) => ({ text: h, options: { bold: true, fill: { color: 'E5E7EB' } } }));
    const rows = results.gaps.slice(0, 10).map((g) => [
      { text: themeTitleOf(results, g.themeId, locale) },
      { text: itemTextOf(results, g.itemId, locale) },
      { text: g.value.toFixed(1) },
      { text: String(g.target) },
    ]);
    gaps.addTable([header, ...rows], { x: 0.5, y: 1.1, w: 9, colW: [2.2, 5.2, 0.8, 0.8], fontSize: 10, border: { type: 'solid', pt: 0.5, color: 'D1D5DB' } });
  }

  const next = pptx.addSlide();
  next.addText(text.nextSteps, TITLE);
  next.addText(nextSteps(results, locale).map((s) => ({ text: s, options: { bullet: true, breakLine: true } })), { x: 0.5, y: 1.1, w: 9, h: 4.3, fontSize: 16, valign: 'top' });

  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
