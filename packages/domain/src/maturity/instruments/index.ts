import type { InstrumentDefinition } from '../instrument';
import { MATURITY_METER } from './maturity-meter';
import { QUICKSCAN } from './quickscan';
import { READINESS } from './readiness';
import { ROADMAP } from './roadmap';

export { MATURITY_METER, QUICKSCAN, READINESS, ROADMAP };

/** The instruments shipped with Leerlus, seeded into the database as versioned definitions. */
export const BUILT_IN_INSTRUMENTS: readonly InstrumentDefinition[] = [MATURITY_METER, QUICKSCAN, READINESS, ROADMAP];
