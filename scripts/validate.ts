/** `npm run validate`: checks geo/ and prints every problem, or a summary of the built atlas. */
import { loadAtlas } from '../geo/build/atlas-data.ts';
import { DataError } from '../src/lib/model/validate.ts';

try {
  const atlas = loadAtlas();
  const years = Object.keys(atlas.byYear).length;
  console.log(
    `geo/ is valid: ${atlas.events.length} events, ${atlas.places.features.length} places, ` +
      `${atlas.routes.features.length} routes, ${years} years, ${atlas.shapes.length} distinct territory shapes`,
  );
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(`geo/ has ${e.problems.length} problem(s):\n${e.message}`);
  process.exit(1);
}
