import { instrumentItems, localize, type InstrumentDefinition } from './instrument';
import { gapList, readinessOf, type MeasurementScore } from './scoring';
import type { ThemeTrend } from './trend';

/**
 * The generated findings of a measurement: structured (for the UI and exports to render) and as
 * sentences in Dutch or English. Only what the figures show is said; nothing is invented.
 */
export type Finding =
  | { kind: 'incomplete'; answered: number; notApplicable: number; items: number }
  | { kind: 'strongest-theme'; themeId: string; percent: number }
  | { kind: 'weakest-theme'; themeId: string; percent: number }
  | { kind: 'gaps'; count: number; largestItemIds: string[] }
  | { kind: 'no-gaps' }
  | { kind: 'disagreement'; itemIds: string[] }
  | { kind: 'not-applicable'; itemIds: string[] }
  | { kind: 'must-haves-missing'; itemIds: string[] }
  | { kind: 'ready' }
  | { kind: 'improved'; themeIds: string[] }
  | { kind: 'declined'; themeIds: string[] };

export function findingsOf(instrument: InstrumentDefinition, score: MeasurementScore, trends: readonly ThemeTrend[] = []): Finding[] {
  const findings: Finding[] = [];
  const { answered, notApplicable, items } = score.overall;
  if (answered + notApplicable < items) findings.push({ kind: 'incomplete', answered, notApplicable, items });
  if (instrument.kind === 'readiness') {
    const r = readinessOf(instrument, score);
    findings.push(r.isReady ? { kind: 'ready' } : { kind: 'must-haves-missing', itemIds: r.missingMustHaves });
  }
  const scored = score.themes.filter((t) => t.percent !== null);
  if (scored.length >= 2) {
    const byScore = [...scored].sort((a, b) => b.percent! - a.percent!);
    const best = byScore[0]!;
    const worst = byScore[byScore.length - 1]!;
    if (best.percent! > worst.percent!) {
      findings.push({ kind: 'strongest-theme', themeId: best.themeId, percent: best.percent! });
      findings.push({ kind: 'weakest-theme', themeId: worst.themeId, percent: worst.percent! });
    }
  }
  const gaps = gapList(instrument, score);
  if (gaps.length > 0) findings.push({ kind: 'gaps', count: gaps.length, largestItemIds: gaps.slice(0, 3).map((g) => g.itemId) });
  else if (answered > 0) findings.push({ kind: 'no-gaps' });
  const disagreements = score.items.filter((i) => i.isDisagreement).map((i) => i.itemId);
  if (disagreements.length > 0) findings.push({ kind: 'disagreement', itemIds: disagreements });
  const na = score.items.filter((i) => i.status === 'not-applicable').map((i) => i.itemId);
  if (na.length > 0) findings.push({ kind: 'not-applicable', itemIds: na });
  const up = trends.filter((t) => t.direction === 'up').map((t) => t.themeId);
  const down = trends.filter((t) => t.direction === 'down').map((t) => t.themeId);
  if (up.length > 0) findings.push({ kind: 'improved', themeIds: up });
  if (down.length > 0) findings.push({ kind: 'declined', themeIds: down });
  return findings;
}

type Locale = 'nl' | 'en';

/** Renders findings as sentences in the given language. */
export function findingsText(instrument: InstrumentDefinition, findings: readonly Finding[], locale: Locale): string[] {
  const themeTitle = (id: string) => {
    const theme = instrument.themes.find((t) => t.id === id);
    return theme ? localize(theme.title, locale) : id;
  };
  const itemText = (id: string) => {
    const found = instrumentItems(instrument).find(({ item }) => item.id === id);
    return found ? localize(found.item.text, locale) : id;
  };
  const list = (xs: string[]) => xs.map((x) => `“${x}”`).join(locale === 'nl' ? '; ' : '; ');
  const pct = (p: number) => `${Math.round(p)}%`;
  const nl = locale === 'nl';
  return findings.map((f) => {
    switch (f.kind) {
      case 'incomplete':
        return nl
          ? `Nog niet volledig: ${f.answered + f.notApplicable} van de ${f.items} onderdelen beantwoord.`
          : `Not complete yet: ${f.answered + f.notApplicable} of ${f.items} items answered.`;
      case 'strongest-theme':
        return nl ? `Sterkste thema: ${themeTitle(f.themeId)} (${pct(f.percent)}).` : `Strongest theme: ${themeTitle(f.themeId)} (${pct(f.percent)}).`;
      case 'weakest-theme':
        return nl ? `Zwakste thema: ${themeTitle(f.themeId)} (${pct(f.percent)}).` : `Weakest theme: ${themeTitle(f.themeId)} (${pct(f.percent)}).`;
      case 'gaps':
        return nl
          ? `${f.count} ${f.count === 1 ? 'onderdeel ligt' : 'onderdelen liggen'} onder het streefniveau; de grootste: ${list(f.largestItemIds.map(itemText))}.`
          : `${f.count} ${f.count === 1 ? 'item is' : 'items are'} below target; the largest: ${list(f.largestItemIds.map(itemText))}.`;
      case 'no-gaps':
        return nl ? 'Alle beantwoorde onderdelen halen het streefniveau.' : 'Every answered item reaches its target.';
      case 'disagreement':
        return nl
          ? `Het team is het oneens over ${f.itemIds.length} ${f.itemIds.length === 1 ? 'onderdeel' : 'onderdelen'} (antwoorden twee of meer stappen uiteen): ${list(f.itemIds.map(itemText))}. Bespreek deze samen.`
          : `The team disagrees on ${f.itemIds.length} ${f.itemIds.length === 1 ? 'item' : 'items'} (answers two or more steps apart): ${list(f.itemIds.map(itemText))}. Discuss these together.`;
      case 'not-applicable':
        return nl
          ? `${f.itemIds.length} ${f.itemIds.length === 1 ? 'onderdeel is' : 'onderdelen zijn'} als niet van toepassing gemarkeerd en telt niet mee.`
          : `${f.itemIds.length} ${f.itemIds.length === 1 ? 'item was' : 'items were'} marked not applicable and ${f.itemIds.length === 1 ? 'does' : 'do'} not count.`;
      case 'must-haves-missing':
        return nl
          ? `Start pas als deze must-haves aanwezig zijn: ${list(f.itemIds.map(itemText))}.`
          : `Start only when these must-haves are in place: ${list(f.itemIds.map(itemText))}.`;
      case 'ready':
        return nl ? 'Alle must-haves zijn aanwezig: het team kan starten.' : 'All must-haves are in place: the team can start.';
      case 'improved':
        return nl ? `Vooruitgang sinds de vorige meting: ${f.themeIds.map(themeTitle).join(', ')}.` : `Improved since the previous measurement: ${f.themeIds.map(themeTitle).join(', ')}.`;
      case 'declined':
        return nl ? `Achteruitgang sinds de vorige meting: ${f.themeIds.map(themeTitle).join(', ')}.` : `Declined since the previous measurement: ${f.themeIds.map(themeTitle).join(', ')}.`;
    }
  });
}
