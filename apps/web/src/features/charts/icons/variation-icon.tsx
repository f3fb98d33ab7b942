import type { SpcResult } from '@leerlus/contracts/spc';
import { useI18n } from '../../../i18n/i18n-context';
import { SPC_COLOURS } from '../spc-style';

export type Variation = SpcResult['variation'];

interface IconProps {
  variation: Variation;
  /** Rendered size in CSS pixels (square). */
  size?: number;
  /** Next to text that says the same: hidden from assistive technology (the title still shows on hover). */
  isDecorative?: boolean;
}

type Kind = 'improvement' | 'concern' | 'neutral';

/** The outline of a special-cause icon, matching the chart's markers: improvement ●, concern ◆, neutral ■. */
function Frame({ kind }: { kind: Kind }) {
  switch (kind) {
    case 'improvement':
      return <circle cx="20" cy="20" r="18.5" fill={SPC_COLOURS.improvement} />;
    case 'concern':
      return <polygon points="20,0.5 39.5,20 20,39.5 0.5,20" fill={SPC_COLOURS.concern} />;
    case 'neutral':
      return <rect x="2" y="2" width="36" height="36" rx="6" fill={SPC_COLOURS.neutral} />;
  }
}

/** Arrow and letter positions: the diamond's narrower inside gets a tighter, smaller layout. */
const LAYOUT = {
  wide: { high: '8,26 14.5,12.5 21,26', low: '8,14 14.5,27.5 21,14', x: 27.5, y: 25.5, size: 15 },
  tight: { high: '10,24.5 15.5,14 21,24.5', low: '10,15.5 15.5,26 21,15.5', x: 25.5, y: 24.5, size: 12.5 },
} as const;

/** Arrow (up for high, down for low) and the letter H or L, in white on the frame. */
function Direction({ isHigh, isTight }: { isHigh: boolean; isTight: boolean }) {
  const layout = LAYOUT[isTight ? 'tight' : 'wide'];
  return (
    <g fill="#ffffff">
      <polygon points={isHigh ? layout.high : layout.low} />
      <text
        x={layout.x}
        y={layout.y}
        textAnchor="middle"
        fontSize={layout.size}
        fontWeight="700"
        fontFamily="Arial, Helvetica, sans-serif"
      >
        {isHigh ? 'H' : 'L'}
      </text>
    </g>
  );
}

/** Common cause: a grey ring with a level zig-zag (no arrow, no letter). */
function CommonCause() {
  return (
    <>
      <circle cx="20" cy="20" r="17.5" fill="#ffffff" stroke={SPC_COLOURS.common} strokeWidth="2.5" />
      <polyline
        points="8,21 12.5,16.5 17,23 21.5,16 26,22.5 32,18.5"
        fill="none"
        stroke={SPC_COLOURS.common}
        strokeWidth="2.5"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </>
  );
}

/**
 * The variation icon of a chart (from its last point), our own design: a grey ring with a zig-zag for common
 * cause; for special cause the marker shape of the chart (improvement circle, concern diamond, neutral
 * square), an arrow and H/L for high/low — distinguishable without colour. Labelled in the user's language.
 */
export function VariationIcon({ variation, size = 32, isDecorative = false }: IconProps) {
  const { t } = useI18n();
  const label = t(`variation.${variation}`);
  const [kind, level] = variation.split('-') as [Kind | 'common', 'high' | 'low' | undefined];
  return (
    <svg
      className="stat-icon"
      width={size}
      height={size}
      viewBox="0 0 40 40"
      role={isDecorative ? undefined : 'img'}
      aria-label={isDecorative ? undefined : label}
      aria-hidden={isDecorative || undefined}
      focusable="false"
      data-variation={variation}
    >
      <title>{label}</title>
      {kind === 'common' ? (
        <CommonCause />
      ) : (
        <>
          <Frame kind={kind} />
          <Direction isHigh={level === 'high'} isTight={kind === 'concern'} />
        </>
      )}
    </svg>
  );
}
