import type { SpcResult } from '@leerlus/contracts/spc';

export type SpcPoint = SpcResult['points'][number];
export type SpcPointType = SpcPoint['type'];
export type SpecialCauseType = Exclude<SpcPointType, 'common'>;

/**
 * Chart colours. Improvement blue and concern orange (vermilion) are the pair that stays distinct in every
 * common colour-vision deficiency (Okabe & Ito); neutral is purple. Every colour has at least 3:1
 * contrast on white (WCAG 1.4.11) and each type also has its own marker shape, so colour is never the
 * only cue.
 */
export const SPC_COLOURS = {
  improvement: '#1f77b4',
  concern: '#d55e00',
  neutral: '#7b3294',
  common: '#5f6b78',
  line: '#7a8794',
  centre: '#1c2630',
  limit: '#45525f',
  sigma2: '#7f8b97',
  sigma1: '#a3adb8',
  target: '#1e6b3a',
  phase: '#45525f',
  annotation: '#8a4b00',
} as const;

/** A special-cause marker: shape (ECharts symbol), rotation and colour. */
export interface Marker {
  symbol: 'triangle' | 'diamond' | 'rect';
  rotate: number;
  colour: string;
  size: number;
}

/** Which side of the centre line a point lies on: 1 above, -1 below, 0 on it or unknown. */
export function sideOf(point: SpcPoint): -1 | 0 | 1 {
  if (point.value === null || point.centre === null || point.value === point.centre) return 0;
  return point.value > point.centre ? 1 : -1;
}

/**
 * The marker of a special-cause point: improvement ▲ above / ▼ below the centre, concern ◆, neutral ■.
 * Common-cause points have none (they are drawn as the series' small dots).
 */
export function markerFor(type: SpecialCauseType, side: -1 | 0 | 1): Marker {
  switch (type) {
    case 'improvement':
      return { symbol: 'triangle', rotate: side < 0 ? 180 : 0, colour: SPC_COLOURS.improvement, size: 13 };
    case 'concern':
      return { symbol: 'diamond', rotate: 0, colour: SPC_COLOURS.concern, size: 14 };
    case 'neutral':
      return { symbol: 'rect', rotate: 0, colour: SPC_COLOURS.neutral, size: 10 };
  }
}

/** Unicode glyphs matching the markers, for tooltips and tables. */
export function glyphFor(type: SpcPointType, side: -1 | 0 | 1): string {
  switch (type) {
    case 'improvement':
      return side < 0 ? '▼' : '▲';
    case 'concern':
      return '◆';
    case 'neutral':
      return '■';
    case 'common':
      return '●';
  }
}

export const SPECIAL_CAUSE_TYPES: readonly SpecialCauseType[] = ['improvement', 'concern', 'neutral'];
