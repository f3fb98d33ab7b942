import { createRandom, type Random } from '@leerlus/domain/random/prng';
import type { Sex } from '@leerlus/domain/indicators/index';

/**
 * A seeded generator of synthetic, pseudonymised patient-level data for the demo organisation and the
 * benchmarks: patients with one treatment episode each, spread over `months` months, and their
 * observations. Outcomes change at `improvementMonth` (a simulated improvement), so SPC charts show
 * real signals. Output is columnar (one array per column), ready for a bulk `unnest` insert.
 */

/** A 0/1 outcome (e.g. a complication) with its probability before and after the improvement. */
export interface BinaryOutcome {
  code: string;
  before: number;
  after: number;
  /** Multiplies the probability for ASA 3–4 patients (case mix that matters). */
  highRisk?: number;
}

/** A measured value (PROM score, cost, waiting days): normal, clamped and rounded. */
export interface ContinuousOutcome {
  code: string;
  before: [mean: number, sd: number];
  after: [mean: number, sd: number];
  min: number;
  max: number;
  decimals: number;
  /** Days after the episode start, and the outcome set's timepoint name. */
  offsetDays?: number;
  timepoint?: string;
  /** Share of patients who answer (PROMs, PREMs); 1 for registered values. */
  response?: number;
}

export interface TeamProfile {
  seed: number;
  pseudonymPrefix: string;
  patients: number;
  /** First month, "YYYY-MM". */
  start: string;
  months: number;
  improvementMonth: number;
  age: [mean: number, sd: number];
  femaleShare: number;
  carePaths: readonly string[];
  binary: readonly BinaryOutcome[];
  continuous: readonly ContinuousOutcome[];
  /** An episode-level category case-mix variable (e.g. tumour stage) with its values. */
  category?: { variable: string; values: readonly string[] };
}

export interface Columns {
  patients: { id: string[]; pseudonym: string[]; birthYear: number[]; sex: Sex[] };
  episodes: { id: string[]; patientId: string[]; carePath: string[]; startDate: string[] };
  observations: {
    patientId: string[];
    episodeId: (string | null)[];
    code: string[];
    valueNumber: (number | null)[];
    valueText: (string | null)[];
    effectiveDate: string[];
    timepoint: (string | null)[];
  };
  caseMix: { patientId: string[]; episodeId: (string | null)[]; variable: string[]; valueNumber: (number | null)[]; valueText: (string | null)[] };
}

const DAY = 86_400_000;

/** A version-4 UUID drawn from the generator (deterministic per seed). */
export function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(random.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const clampRound = (x: number, o: ContinuousOutcome) => Number(Math.min(o.max, Math.max(o.min, x)).toFixed(o.decimals));

function emptyColumns(): Columns {
  return {
    patients: { id: [], pseudonym: [], birthYear: [], sex: [] },
    episodes: { id: [], patientId: [], carePath: [], startDate: [] },
    observations: { patientId: [], episodeId: [], code: [], valueNumber: [], valueText: [], effectiveDate: [], timepoint: [] },
    caseMix: { patientId: [], episodeId: [], variable: [], valueNumber: [], valueText: [] },
  };
}

interface EpisodeContext {
  patientId: string;
  episodeId: string;
  start: string;
  improved: boolean;
  asa: number;
}

function observe(c: Columns, e: EpisodeContext, code: string, value: number | null, text: string | null, date: string, timepoint: string | null): void {
  const o = c.observations;
  o.patientId.push(e.patientId);
  o.episodeId.push(e.episodeId);
  o.code.push(code);
  o.valueNumber.push(value);
  o.valueText.push(text);
  o.effectiveDate.push(date);
  o.timepoint.push(timepoint);
}

function caseMix(c: Columns, patientId: string, episodeId: string | null, variable: string, value: number | null, text: string | null): void {
  const m = c.caseMix;
  m.patientId.push(patientId);
  m.episodeId.push(episodeId);
  m.variable.push(variable);
  m.valueNumber.push(value);
  m.valueText.push(text);
}

/** One episode's observations: the procedure, the 0/1 outcomes and the measured values. */
function episodeObservations(c: Columns, r: Random, p: TeamProfile, e: EpisodeContext, carePath: string): void {
  observe(c, e, 'surgery', null, carePath, e.start, null);
  for (const b of p.binary) {
    const base = e.improved ? b.after : b.before;
    const risk = e.asa >= 3 ? (b.highRisk ?? 1) : 1;
    observe(c, e, b.code, r.chance(Math.min(1, base * risk)) ? 1 : 0, null, e.start, null);
  }
  for (const o of p.continuous) {
    if (!r.chance(o.response ?? 1)) continue;
    const [mean, sd] = e.improved ? o.after : o.before;
    observe(c, e, o.code, clampRound(r.normal(mean, sd), o), null, addDays(e.start, o.offsetDays ?? 0), o.timepoint ?? null);
  }
}

/** Generates a team's synthetic data; the same profile gives the same data, ids included. */
export function generateTeamData(p: TeamProfile): Columns {
  const r = createRandom(p.seed);
  const ids = createRandom(p.seed ^ 0x9e3779b9);
  const c = emptyColumns();
  const [y, m] = p.start.split('-').map(Number) as [number, number];
  for (let i = 0; i < p.patients; i++) {
    const month = r.int(0, p.months - 1);
    const first = Date.UTC(y, m - 1 + month, 1);
    const days = Math.round((Date.UTC(y, m + month, 1) - first) / DAY);
    const start = new Date(first + r.int(0, days - 1) * DAY).toISOString().slice(0, 10);
    const age = Math.round(r.normal(...p.age));
    const patientId = uuidFrom(ids);
    const episodeId = uuidFrom(ids);
    c.patients.id.push(patientId);
    c.patients.pseudonym.push(`${p.pseudonymPrefix}-${String(i + 1).padStart(6, '0')}`);
    c.patients.birthYear.push(Number(start.slice(0, 4)) - age);
    c.patients.sex.push(r.chance(p.femaleShare) ? 'female' : 'male');
    const carePath = r.pick(p.carePaths);
    c.episodes.id.push(episodeId);
    c.episodes.patientId.push(patientId);
    c.episodes.carePath.push(carePath);
    c.episodes.startDate.push(start);
    const asa = r.pick([1, 2, 2, 2, 3, 3, 4]);
    caseMix(c, patientId, episodeId, 'asa', asa, null);
    caseMix(c, patientId, null, 'bmi', Number(r.normal(27.5, 4.5).toFixed(1)), null);
    caseMix(c, patientId, null, 'smoking', null, r.chance(0.15) ? 'yes' : 'no');
    if (p.category) caseMix(c, patientId, episodeId, p.category.variable, null, r.pick(p.category.values));
    episodeObservations(c, r, p, { patientId, episodeId, start, improved: month >= p.improvementMonth, asa }, carePath);
  }
  return c;
}
