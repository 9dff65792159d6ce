/** `npm run geo:crests`: traces every crest of crests.ts on the committed elevation grid. */
import { CRESTS_FILE, traceCrests, writeCrests } from './crests.ts';
import { readElevationGrid } from './relief/grid.ts';

const crests = traceCrests(await readElevationGrid());
writeCrests(crests);
console.log(`${crests.features.length} crests → ${CRESTS_FILE}`);
