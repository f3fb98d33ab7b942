import type { SpcResult } from '@leerlus/contracts/spc';
import { escapeHtml, type NumberFormatter } from './format';
import { glyphFor, markerFor, sideOf, SPC_COLOURS } from './spc-style';
import type { SpcAnnotation, SpcChartText } from './spc-text';

export interface TooltipInput {
  result: SpcResult;
  text: SpcChartText;
  format: NumberFormatter;
  explanations: ReadonlyMap<number, readonly string[]>;
  annotations: readonly SpcAnnotation[];
}

/** The point index an axis tooltip is about (ECharts passes the axis value of the pointer). */
export function tooltipIndex(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof first !== 'object' || first === null) return null;
  const axisValue = 'axisValue' in first ? first.axisValue : undefined;
  const value = 'value' in first && Array.isArray(first.value) ? (first.value[0] as unknown) : undefined;
  const x = Number(axisValue ?? value);
  return Number.isFinite(x) ? Math.round(x) : null;
}

/** Point label for display: its own label, else its 1-based number. */
export function pointTitle(result: SpcResult, index: number, text: SpcChartText): string {
  const label = result.points[index]?.label;
  return label ? `${label} (${text.point(index + 1)})` : text.point(index + 1);
}

/**
 * The tooltip of one point as HTML: title, value, centre, limits, its type (glyph in the marker's colour),
 * the engine's explanation sentences, and the annotations at that point. All text is escaped.
 */
export function spcTooltipHtml(input: TooltipInput, index: number): string {
  const { result, text, format, explanations, annotations } = input;
  const p = result.points[index];
  if (!p) return '';
  const row = (label: string, value: string) =>
    `<div>${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong></div>`;
  const value = p.value === null ? text.missing : format(p.value) + (p.excluded ? ` (${text.excluded})` : '');
  const limits = p.lower === null && p.upper === null ? '—' : `${format(p.lower)} – ${format(p.upper)}`;
  const side = sideOf(p);
  const colour = p.type === 'common' ? SPC_COLOURS.common : markerFor(p.type, side).colour;
  const parts = [
    `<div class="chart-tooltip-title">${escapeHtml(pointTitle(result, index, text))}</div>`,
    row(text.value, value),
    row(text.centre, format(p.centre)),
    row(text.limits, limits),
    `<div>${escapeHtml(text.type)}: <span style="color:${colour}" aria-hidden="true">${glyphFor(p.type, side)}</span> <strong>${escapeHtml(text.typeName[p.type])}</strong></div>`,
  ];
  const sentences = explanations.get(index) ?? [];
  if (sentences.length > 0)
    parts.push(`<ul>${sentences.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`);
  for (const a of annotations.filter((x) => x.index === index)) {
    parts.push(
      `<div class="chart-tooltip-note">${escapeHtml(`${text.annotationKind[a.kind]}: ${a.label}`)}</div>`,
    );
  }
  return `<div class="chart-tooltip">${parts.join('')}</div>`;
}
