// A broken data file stops the data build with a message naming file, feature and field: the
// real geo/ folder is copied, one thing is broken, and loadAtlas (what `npm run build` runs) is asked.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAtlas } from '../../geo/build/atlas-data.ts';
import { DataError } from '../../src/lib/model/validate.ts';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A copy of geo/ with one file changed by `edit`; returns the DataError loadAtlas throws. */
function breakFile(file: string, edit: (text: string) => string): DataError {
  dir = mkdtempSync(join(tmpdir(), 'war-atlas-geo-'));
  cpSync('geo', dir, { recursive: true, filter: (src) => !src.includes('/build') });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  try {
    loadAtlas(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error(`loadAtlas accepted the broken ${file}`);
}
const json = (edit: (data: any) => void) => (text: string) => {
  const data = JSON.parse(text);
  edit(data);
  return JSON.stringify(data);
};

describe('a broken data file', () => {
  it('broken JSON names the file', () => {
    const error = breakFile('history/events.json', (t) => t.slice(0, t.length / 2));
    expect(error.message).toMatch(/events\.json: feature "\(file\)": field "\(file\)": is not valid JSON/);
  });

  it('a route that points nowhere names the route and the field', () => {
    const error = breakFile(
      'history/routes.geojson',
      json((d) => (d.features[0].properties.via = ['atlantis'])),
    );
    expect(error.message).toMatch(
      /routes\.geojson: feature "tauke-into-jetisu-1670": field "via.*": unknown place "atlantis"/,
    );
  });

  it('an event out of order names the event and its year', () => {
    const error = breakFile(
      'history/events.json',
      json((d) => (d[d.length - 1].year = 1653)),
    );
    expect(error.message).toMatch(/events\.json: feature "[a-z0-9-]+": field "year": out of order/);
  });

  it('a self-intersecting region names the region and its geometry', () => {
    const error = breakFile(
      'history/regions.geojson',
      json((d) => {
        d.features[0].geometry.coordinates = [
          [
            [70, 40],
            [72, 42],
            [72, 40],
            [70, 42],
            [70, 40],
          ],
        ];
      }),
    );
    expect(error.message).toMatch(
      /regions\.geojson: feature "jetisu": field "geometry.*": .*(self-intersect|cross)/,
    );
  });

  it('a long straight edge that follows no shore, river or crest names the region and the edge', () => {
    const error = breakFile(
      'history/regions.geojson',
      json((d) => {
        const turkistan = d.features.find((f: any) => f.properties.id === 'turkistan-district');
        turkistan.geometry.coordinates = [
          [
            [66, 46],
            [69, 46],
            [69, 46.5],
            [66, 46.5],
            [66, 46],
          ],
        ];
      }),
    );
    expect(error.message).toMatch(
      /regions\.geojson: feature "turkistan-district": field "geometry": a straight edge of 23\d km from 66\.00, 46\.00 to 69\.00, 46\.00 follows no shore, river or crest/,
    );
  });

  it('an edge along a crest that does not exist names the extent and its follows', () => {
    const error = breakFile(
      'history/extents.geojson',
      json((d) => {
        const tibet = d.features.find((f: any) => f.properties.id === 'tibet-plateau');
        tibet.properties.follows[0].crest = 'Atlantis Range';
      }),
    );
    expect(error.message).toMatch(
      /extents\.geojson: feature "tibet-plateau": field "follows": unknown crest "Atlantis Range"/,
    );
  });

  it('a holding of an unknown polity names the holding', () => {
    const error = breakFile(
      'history/holdings.json',
      json((d) => (d[0].polity = 'atlantis')),
    );
    expect(error.message).toMatch(
      /holdings\.json: feature "[^"]+": field "polity": unknown polity "atlantis"/,
    );
  });
});
