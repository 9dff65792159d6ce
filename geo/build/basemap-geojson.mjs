// Turns the GMT water-mask contours into the atlas's water GeoJSON (rivers: basemap-rivers.mjs). Run by geo/build/basemap.sh; see geo/SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';

const [, , dumpDir, outDir] = process.argv;
const round = (n) => Math.round(n * 1000) / 1000;

/** Multisegment GMT text → [{header, coords}] */
export function readSegments(path) {
  const segments = [];
  let current = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('>')) {
      current = { header: line.slice(1).trim(), coords: [] };
      segments.push(current);
    } else if (line.trim() && current) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) current.coords.push([x, y]);
    }
  }
  return segments.filter((s) => s.coords.length >= 2);
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}
function inRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Sutherland–Hodgman clip of a closed ring to [x0, y0, x1, y1]. */
function clipRing(ring, [x0, y0, x1, y1]) {
  const edges = [(p) => p[0] >= x0, (p) => p[0] <= x1, (p) => p[1] >= y0, (p) => p[1] <= y1];
  const cut = [
    (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])],
    (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])],
    (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0],
    (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1],
  ];
  let pts = ring.slice(0, -1);
  edges.forEach((inside, e) => {
    const out = [];
    pts.forEach((b, i) => {
      const a = pts[(i + pts.length - 1) % pts.length];
      if (inside(b)) {
        if (!inside(a)) out.push(cut[e](a, b));
        out.push(b);
      } else if (inside(a)) out.push(cut[e](a, b));
    });
    pts = out;
  });
  return pts.length
    ? [...pts.map(([x, y]) => [round(x), round(y)]), [round(pts[0][0]), round(pts[0][1])]]
    : [];
}

// ---- water: contours of the GSHHG water mask → polygons with holes (islands) ----
const LAKES = {
  'Caspian Sea': [51.0, 42.0],
  'Aral Sea': [59.5, 45.2],
  'Lake Balkhash': [74.5, 46.4],
  Alakol: [81.7, 46.1],
  Sasykkol: [80.9, 46.6],
  'Issyk-Kul': [77.3, 42.45],
  'Lake Zaysan': [84.0, 48.0],
  'Sayram Lake': [81.15, 44.6],
  Ebinur: [82.9, 44.9],
  Ulungur: [87.3, 47.2],
  Bosten: [87.0, 41.95],
  Uvs: [92.8, 50.35],
  Khyargas: [93.3, 49.15],
  Khövsgöl: [100.45, 51.0],
  'Lake Baikal': [106.5, 52.5],
  'Qinghai Lake': [100.2, 36.9],
  Namtso: [90.6, 30.7],
  Tengiz: [69.0, 50.4],
  Sarygamysh: [57.4, 41.9],
};
const RESERVOIRS = {
  Kapchagay: [77.4, 43.9],
  Shardara: [68.1, 41.2],
  'Shardara (south)': [68.2, 41.1],
  Toktogul: [72.8, 41.8],
  Bukhtarma: [83.2, 49.2],
  Novosibirsk: [82.4, 54.6],
  Krasnoyarsk: [91.6, 55.0],
  'Sayano-Shushenskoye': [91.8, 52.0],
  Kayrakkum: [70.1, 40.3],
  Chardara: [67.9, 41.3],
  Tuyamuyun: [61.5, 41.1],
};
/** Lakes that GSHHG joins to a twentieth-century reservoir: their natural basin's box. */
const NATURAL_EXTENT = { 'Lake Zaysan': [82.9, 47.6, 85.0, 48.4] };
const SEAS = { 'Bohai Sea': [119.5, 39.0], 'Persian Gulf': [51.0, 27.5] };

function water() {
  const rings = readSegments(`${dumpDir}/water-contours.txt`)
    .map((s) => {
      const c = s.coords.map(([x, y]) => [round(x), round(y)]);
      const [f, l] = [c[0], c[c.length - 1]];
      if (f[0] !== l[0] || f[1] !== l[1]) c.push(f); // open at the frame edge: close along it
      return c;
    })
    .filter((r) => r.length >= 4);
  // Nesting depth: even = water outline, odd = island.
  const info = rings.map((ring) => ({ ring, area: Math.abs(ringArea(ring)) }));
  info.sort((a, b) => b.area - a.area);
  const polygons = [];
  for (const r of info) {
    const containers = polygons.filter(
      (p) => inRing(r.ring[0], p.outer) && !p.holes.some((h) => inRing(r.ring[0], h)),
    );
    const depth = info.filter((o) => o.area > r.area && inRing(r.ring[0], o.ring)).length;
    if (depth % 2 === 0) polygons.push({ outer: r.ring, holes: [] });
    else if (containers.length) containers[containers.length - 1].holes.push(r.ring);
  }
  // Reservoirs built in the twentieth century would be anachronisms on a 1680s map.
  const modern = Object.values(RESERVOIRS);
  const features = polygons
    .filter((p) => !modern.some((pt) => inRing(pt, p.outer)))
    .map((p) => {
      const name =
        Object.entries({ ...LAKES, ...SEAS }).find(
          ([, pt]) => inRing(pt, p.outer) && !p.holes.some((h) => inRing(pt, h)),
        )?.[0] ?? null;
      const outer = ringArea(p.outer) < 0 ? p.outer.slice().reverse() : p.outer; // counter-clockwise
      const holes = p.holes.map((h) => (ringArea(h) > 0 ? h.slice().reverse() : h));
      const feature = {
        type: 'Feature',
        properties: { name, kind: name && name in SEAS ? 'sea' : 'lake' },
        geometry: { type: 'Polygon', coordinates: [outer, ...holes] },
      };
      // A lake merged with a later reservoir keeps only its natural basin.
      if (name in NATURAL_EXTENT) {
        feature.geometry.coordinates = feature.geometry.coordinates
          .map((r) => clipRing(r, NATURAL_EXTENT[name]))
          .filter((r) => r.length >= 4);
      }
      return feature;
    });
  return { type: 'FeatureCollection', features };
}

writeFileSync(`${outDir}/water-raw.geojson`, JSON.stringify(water()));
console.log('wrote water-raw.geojson');
