import type { Translate } from '../../i18n/translate';
import type { SpcPointType } from './spc-style';

/** An annotation on an SPC chart: a PDSA cycle, a rebase or a note at a point. */
export interface SpcAnnotation {
  /** 0-based point index. */
  index: number;
  kind: 'pdsa' | 'rebase' | 'note';
  label: string;
}

/** Every piece of text the SPC chart shows, already in the user's language (keeps the option builder pure). */
export interface SpcChartText {
  series: {
    values: string;
    centre: string;
    limits: string;
    sigma2: string;
    sigma1: string;
    improvement: string;
    concern: string;
    neutral: string;
  };
  target: string;
  phase: (n: number) => string;
  point: (n: number) => string;
  value: string;
  centre: string;
  limits: string;
  type: string;
  typeName: Record<SpcPointType, string>;
  missing: string;
  excluded: string;
  annotationKind: Record<SpcAnnotation['kind'], string>;
}

/** The chart's text from the message catalogue. */
export function spcChartText(t: Translate): SpcChartText {
  return {
    series: {
      values: t('spc.series.values'),
      centre: t('spc.series.centre'),
      limits: t('spc.series.limits'),
      sigma2: t('spc.series.sigma2'),
      sigma1: t('spc.series.sigma1'),
      improvement: t('spc.series.improvement'),
      concern: t('spc.series.concern'),
      neutral: t('spc.series.neutral'),
    },
    target: t('spc.target'),
    phase: (n) => t('spc.phase', { n }),
    point: (n) => t('spc.point', { n }),
    value: t('spc.value'),
    centre: t('spc.centre'),
    limits: t('spc.limits'),
    type: t('spc.type'),
    typeName: {
      common: t('spc.type.common'),
      improvement: t('spc.type.improvement'),
      concern: t('spc.type.concern'),
      neutral: t('spc.type.neutral'),
    },
    missing: t('spc.missing'),
    excluded: t('spc.excluded'),
    annotationKind: {
      pdsa: t('spc.annotation.pdsa'),
      rebase: t('spc.annotation.rebase'),
      note: t('spc.annotation.note'),
    },
  };
}
