/**
 * The mountain crests the atlas's borders follow: each is traced (crest.ts) from the elevation
 * grid through hand-picked waypoints and written to geo/basemap/crests.geojson by
 * `npm run geo:crests`. The waypoints only say which ridge and which way; the line between them
 * is the grid's highest continuous ground. Where each ridge is: geo/SOURCES.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import { traceCrest } from './crest.ts';
import type { ElevationGrid } from './relief/elevation.ts';

export interface CrestDefinition {
  /** Name the data files use in `follows: [{ crest }]`. */
  name: string;
  /** The range it belongs to (a name in geo/basemap/range-labels.geojson). */
  range: string;
  /** From and to, in words (for SOURCES.md and the panel's readers). */
  from: string;
  to: string;
  waypoints: [number, number][];
}

export const CRESTS: CrestDefinition[] = [
  {
    name: 'Kokshaal-Too',
    range: 'Tian Shan',
    from: 'the Torugart pass',
    to: 'Jengish Chokusu (Pobeda peak)',
    waypoints: [
      [75.2, 39.9],
      [78.0, 41.0],
      [80.1, 42.05],
    ],
  },
  {
    name: 'Halyk-Tau',
    range: 'Tian Shan',
    from: 'Jengish Chokusu (Pobeda peak)',
    to: 'the mountains above Korla',
    waypoints: [
      [80.1, 42.05],
      [84.0, 42.5],
      [86.5, 42.6],
    ],
  },
  {
    name: 'Talas Alatau',
    range: 'Tian Shan',
    from: 'the Ugam range above Tashkent',
    to: 'the Kyrgyz Alatau above the Chu',
    waypoints: [
      [70.4, 41.9],
      [71.6, 42.25],
      [72.6, 42.45],
      [74.2, 42.65],
    ],
  },
  {
    name: 'Kyrgyz and Trans-Ili Alatau',
    range: 'Tian Shan',
    from: 'the Kyrgyz Alatau above the Chu',
    to: 'the Ketmen ridge above the Ili',
    waypoints: [
      [74.2, 42.65],
      [76.9, 43.0],
      [80.3, 43.1],
    ],
  },
  {
    name: 'Dzungarian Alatau',
    range: 'Dzungarian Alatau',
    from: 'the Koksu headwaters',
    to: 'the Dzungarian Gate',
    waypoints: [
      [80.4, 44.6],
      [82.3, 45.4],
    ],
  },
  {
    name: 'Tarbagatai and Saur',
    range: 'Tarbagatai',
    from: 'the western Tarbagatai',
    to: 'the eastern end of the Saur',
    waypoints: [
      [83.0, 47.5],
      [85.0, 47.3],
      [87.5, 47.2],
    ],
  },
  {
    name: 'Mongolian Altai',
    range: 'Altai',
    from: 'Mönkh Khairkhan',
    to: 'the Gobi Altai',
    waypoints: [
      [92.0, 47.0],
      [94.0, 45.5],
      [96.5, 44.6],
    ],
  },
  {
    name: 'Kunlun',
    range: 'Kunlun',
    from: 'the western Kunlun above Yarkand',
    to: 'the meeting of the Kunlun and the Altyn Tagh',
    waypoints: [
      [76.5, 37.8],
      [78.5, 36.4],
      [81.0, 35.9],
      [83.5, 36.45],
      [85.0, 36.9],
    ],
  },
  {
    name: 'Altyn Tagh',
    range: 'Kunlun',
    from: 'the meeting of the Kunlun and the Altyn Tagh',
    to: 'the Altyn Tagh above Charklik',
    waypoints: [
      [85.0, 36.9],
      [86.5, 37.7],
      [88.0, 38.3],
    ],
  },
  {
    name: 'Great Himalaya',
    range: 'Himalaya',
    from: 'the Kumaon Himalaya',
    to: 'the Bhutan Himalaya',
    waypoints: [
      [80.0, 30.3],
      [81.5, 30.1],
      [84.0, 28.7],
      [86.9, 28.0],
      [88.5, 27.8],
      [90.5, 28.1],
      [92.0, 27.8],
    ],
  },
];

export type CrestProps = Omit<CrestDefinition, 'waypoints'> & { waypoints: [number, number][] };

export const CRESTS_FILE = join(import.meta.dirname, '../basemap/crests.geojson');

/** Every crest traced on the grid, as the committed file holds them. */
export function traceCrests(grid: ElevationGrid, crests = CRESTS): FeatureCollection<LineString, CrestProps> {
  return {
    type: 'FeatureCollection',
    features: crests.map((c) => ({
      type: 'Feature',
      properties: { ...c },
      geometry: { type: 'LineString', coordinates: traceCrest(grid, c.waypoints) },
    })),
  };
}

export function writeCrests(collection: FeatureCollection<LineString, CrestProps>, file = CRESTS_FILE): void {
  writeFileSync(file, JSON.stringify(collection) + '\n');
}
