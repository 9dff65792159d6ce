/**
 * The first picture: each year's opening view drawn as a small SVG at build time, from the same
 * data the map draws (water, the year's territories in their colours, the towns coloured by
 * their holder, and their names), in the map's Web Mercator and its opening frames
 * (src/lib/map/camera.ts OPENING; the geometry in src/lib/poster/frame.ts). The page shows it
 * until the map has drawn. Pure: data in, text out.
 */
import { simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { AtlasData } from '../../src/lib/model/atlasData.ts';
import { OPENING } from '../../src/lib/map/camera.ts';
import {
  mercatorBox,
  mercatorX,
  mercatorY,
  POSTER_EXTENT,
  posterPath,
  WORLD,
  type PosterFrame,
} from '../../src/lib/poster/frame.ts';
import { INK, PAPER, WATER, polityColor } from '../../src/lib/map/colors.ts';
import type { Localizer } from '../../src/lib/i18n/localizer.ts';

const ring = (coords: Position[]) =>
  coords
    .map(
      ([lon, lat], i) =>
        `${i ? 'L' : 'M'}${Math.round(mercatorX(lon!) - VIEW.x)} ${Math.round(mercatorY(lat!) - VIEW.y)}`,
    )
    .join('') + 'Z';
const VIEW = mercatorBox(POSTER_EXTENT);

function path(geometry: Polygon | MultiPolygon, tolerance: number): string {
  const simple = simplify({ type: 'Feature', properties: {}, geometry } as Feature<Polygon | MultiPolygon>, {
    tolerance,
    highQuality: false,
  }).geometry;
  const polygons = simple.type === 'Polygon' ? [simple.coordinates] : simple.coordinates;
  // A ring that simplifies to a sliver (a pond, an islet) is below what the picture can show.
  return polygons
    .map((rings) =>
      rings
        .filter((r) => r.length > 4)
        .map(ring)
        .join(''),
    )
    .join('');
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Town names' size in CSS pixels at the frame's usual width (a 900 px map; a 390 px phone). */
const TEXT_PX: Record<PosterFrame, number> = { wide: 15, narrow: 14 };
const USUAL_WIDTH: Record<PosterFrame, number> = { wide: 900, narrow: 390 };

/** Picture units per CSS pixel when the frame's box fills a map of its usual width. */
export function unitsPerPixel(frame: PosterFrame) {
  const { bounds, padding } = OPENING[frame];
  return mercatorBox(bounds).width / (USUAL_WIDTH[frame] - padding.left - padding.right);
}

/**
 * The year's opening picture for one frame, in the localizer's language. The SVG's viewBox is
 * POSTER_EXTENT; src/lib/poster/ places it so that the frame's bounds land where the map puts them.
 */
export function posterSvg(data: AtlasData, year: number, text: Localizer, frame: PosterFrame): string {
  const record = data.byYear[year];
  if (!record) throw new Error(`no year ${year} in the atlas`);
  const px = unitsPerPixel(frame);
  const tolerance = 0.6 * px * (360 / WORLD); // under a pixel, in degrees
  // Shores a little coarser: the map's own draw over them within a second or two.
  const water = data.basemap.water.features.map((f) => path(f.geometry, 2 * tolerance)).join('');
  const territories = Object.entries(record.territories)
    .map(
      ([polity, index]) =>
        `<path fill="${polityColor(polity)}" fill-opacity="0.28" d="${path(data.shapes[index]!.geometry, tolerance)}"/>`,
    )
    .join('');
  const towns = data.places.features
    .filter((f) => f.properties.tracked)
    .map((f) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const x = Math.round(mercatorX(lon) - VIEW.x);
      const y = Math.round(mercatorY(lat) - VIEW.y);
      const holder = record.control[f.properties.id];
      const r = Math.round(8 * px);
      return (
        `<circle cx="${x}" cy="${y}" r="${r}" fill="${polityColor(holder)}" stroke="#fff" stroke-width="${Math.round(2 * px)}"/>` +
        `<text x="${x + Math.round(14 * px)}" y="${y + Math.round(5 * px)}">${escapeXml(text.place(f.properties.id))}</text>`
      );
    })
    .join('');
  const label = escapeXml(`${text.t('title.heading')} ${year}`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.round(VIEW.width)} ${Math.round(VIEW.height)}" ` +
    `role="img" aria-label="${label}">` +
    `<rect width="100%" height="100%" fill="${PAPER}"/>` +
    `<g>${territories}</g>` +
    `<path fill="${WATER}" d="${water}"/>` +
    `<g font-family="'Noto Serif', Georgia, serif" font-weight="700" font-size="${Math.round(TEXT_PX[frame] * px)}" ` +
    `fill="${INK}" stroke="${PAPER}" stroke-width="${Math.round(3 * px)}" paint-order="stroke">${towns}</g>` +
    `</svg>`
  );
}

/** Every picture: each year, language and frame, by path under the built site. */
export function posterFiles(data: AtlasData, localizers: Localizer[]): Map<string, () => string> {
  const files = new Map<string, () => string>();
  for (const text of localizers)
    for (let year = data.years.min; year <= data.years.max; year++)
      for (const frame of Object.keys(OPENING) as PosterFrame[])
        files.set(posterPath(year, text.lang, frame), () => posterSvg(data, year, text, frame));
  return files;
}
