import type { SpcResult } from '@leerlus/contracts/spc';
import { useI18n } from '../../../i18n/i18n-context';
import { SPC_COLOURS } from '../spc-style';

export type Assurance = NonNullable<SpcResult['assurance']>;

interface IconProps {
  /** null: no target or no direction; a dashed empty frame is shown. */
  assurance: Assurance | null;
  size?: number;
  /** Next to text that says the same: hidden from assistive technology (the title still shows on hover). */
  isDecorative?: boolean;
}

const COLOUR: Record<Assurance, string> = {
  pass: SPC_COLOURS.improvement,
  fail: SPC_COLOURS.concern,
  inconsistent: SPC_COLOURS.common,
};

/** Check mark (pass), cross (fail) or wave (inconsistent): the glyph alone tells them apart. */
function Glyph({ assurance }: { assurance: Assurance }) {
  const stroke = {
    fill: 'none',
    stroke: COLOUR[assurance],
    strokeWidth: 4,
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
  } as const;
  switch (assurance) {
    case 'pass':
      return <polyline points="11,20.5 17.5,27 29,13.5" {...stroke} />;
    case 'fail':
      return <path d="M13 13 L27 27 M27 13 L13 27" {...stroke} />;
    case 'inconsistent':
      return <path d="M9 22 C13 12, 17 12, 20 20 S27 28, 31 18" {...stroke} />;
  }
}

/**
 * The assurance icon (does the process meet the target?), our own design: an outlined square with a check
 * mark (consistently meets), a cross (consistently misses) or a wave (inconsistent); outlined so it never
 * looks like a variation icon. Labelled in the user's language.
 */
export function AssuranceIcon({ assurance, size = 32, isDecorative = false }: IconProps) {
  const { t } = useI18n();
  const label = t(assurance === null ? 'assurance.none' : `assurance.${assurance}`);
  const colour = assurance === null ? SPC_COLOURS.line : COLOUR[assurance];
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
      data-assurance={assurance ?? 'none'}
    >
      <title>{label}</title>
      <rect
        x="2.5"
        y="2.5"
        width="35"
        height="35"
        rx="7"
        fill="#ffffff"
        stroke={colour}
        strokeWidth="3"
        strokeDasharray={assurance === null ? '5 4' : undefined}
      />
      {assurance !== null && <Glyph assurance={assurance} />}
    </svg>
  );
}
