import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { AssuranceIcon, type Assurance } from './assurance-icon';
import { VariationIcon, type Variation } from './variation-icon';

afterEach(cleanup);

const inLocale = (locale: 'nl' | 'en', node: React.ReactNode) =>
  render(<I18nProvider initialLocale={locale}>{node}</I18nProvider>);

const VARIATIONS: [Variation, string, string, string | null, string | null][] = [
  ['common', 'Gewone variatie', 'Common cause variation', null, null],
  [
    'improvement-high',
    'Bijzondere variatie: verbetering (hoog)',
    'Special cause: improvement (high)',
    'circle',
    'H',
  ],
  [
    'improvement-low',
    'Bijzondere variatie: verbetering (laag)',
    'Special cause: improvement (low)',
    'circle',
    'L',
  ],
  ['concern-high', 'Bijzondere variatie: zorgpunt (hoog)', 'Special cause: concern (high)', 'polygon', 'H'],
  ['concern-low', 'Bijzondere variatie: zorgpunt (laag)', 'Special cause: concern (low)', 'polygon', 'L'],
  [
    'neutral-high',
    'Bijzondere variatie: hoog (geen richting)',
    'Special cause: high (no direction)',
    'rect',
    'H',
  ],
  [
    'neutral-low',
    'Bijzondere variatie: laag (geen richting)',
    'Special cause: low (no direction)',
    'rect',
    'L',
  ],
];

describe('VariationIcon', () => {
  it.each(VARIATIONS)(
    '%s: labelled in Dutch and English, told apart by shape and letter',
    (variation, nl, en, frame, letter) => {
      inLocale('nl', <VariationIcon variation={variation} />);
      const icon = screen.getByRole('img', { name: nl });
      expect(icon.querySelector('title')?.textContent).toBe(nl);
      expect(icon.getAttribute('data-variation')).toBe(variation);
      if (frame === null) {
        expect(icon.querySelector('polyline')).not.toBeNull();
        expect(icon.querySelector('text')).toBeNull();
      } else {
        expect(icon.firstElementChild?.nextElementSibling?.tagName).toBe(frame);
        expect(icon.querySelector('text')?.textContent).toBe(letter);
      }
      cleanup();
      inLocale('en', <VariationIcon variation={variation} />);
      expect(screen.getByRole('img', { name: en })).toBeTruthy();
    },
  );

  it.each(['improvement', 'concern', 'neutral'])(
    'points the %s arrow up for high and down for low',
    (kind) => {
      inLocale('nl', <VariationIcon variation={`${kind}-high` as Variation} />);
      inLocale('nl', <VariationIcon variation={`${kind}-low` as Variation} />);
      // [apex y, base y] of the arrow: the apex is above the base for high, below it for low.
      const [high, low] = screen.getAllByRole('img').map((icon) => {
        const ys = (icon.querySelector('g polygon')?.getAttribute('points') ?? '')
          .split(' ')
          .map((p) => Number(p.split(',')[1]));
        return { apex: ys[1]!, base: ys[0]! };
      });
      expect(high!.apex).toBeLessThan(high!.base);
      expect(low!.apex).toBeGreaterThan(low!.base);
    },
  );
});

const ASSURANCES: [Assurance | null, string, string, string | null][] = [
  ['pass', 'Haalt het doel steeds', 'Consistently meets the target', 'polyline'],
  ['fail', 'Haalt het doel niet', 'Consistently misses the target', 'path'],
  ['inconsistent', 'Haalt het doel wisselend', 'Meets the target inconsistently', 'path'],
  [null, 'Geen doel', 'No target', null],
];

describe('AssuranceIcon', () => {
  it.each(ASSURANCES)('%s: labelled in both languages, with its own glyph', (assurance, nl, en, glyph) => {
    inLocale('nl', <AssuranceIcon assurance={assurance} />);
    const icon = screen.getByRole('img', { name: nl });
    expect(icon.getAttribute('data-assurance')).toBe(assurance ?? 'none');
    expect(icon.querySelector('title')?.textContent).toBe(nl);
    const mark = icon.querySelector('rect')?.nextElementSibling;
    expect(mark?.tagName ?? null).toBe(glyph);
    cleanup();
    inLocale('en', <AssuranceIcon assurance={assurance} />);
    expect(screen.getByRole('img', { name: en })).toBeTruthy();
  });

  it('draws different glyphs for fail and inconsistent', () => {
    inLocale('nl', <AssuranceIcon assurance="fail" />);
    inLocale('nl', <AssuranceIcon assurance="inconsistent" />);
    const [fail, inconsistent] = screen
      .getAllByRole('img')
      .map((i) => i.querySelector('path')?.getAttribute('d'));
    expect(fail).not.toBe(inconsistent);
  });
});

describe('decorative icons', () => {
  it('hide from assistive technology next to text that says the same, keeping the hover title', () => {
    inLocale('nl', <VariationIcon variation="common" isDecorative />);
    inLocale('nl', <AssuranceIcon assurance="pass" isDecorative />);
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    const icons = document.querySelectorAll('svg[aria-hidden="true"]');
    expect([...icons].map((i) => i.querySelector('title')?.textContent)).toEqual([
      'Gewone variatie',
      'Haalt het doel steeds',
    ]);
  });
});
