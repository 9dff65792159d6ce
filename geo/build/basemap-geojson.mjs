// Turns GMT dumps (water-mask contours, WDBII river segments, DCW borders) into the atlas's
// basemap GeoJSON. Run by geo/build/basemap.sh; see geo/SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { bboxClip } from '@turf/turf';

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

const RAD = Math.PI / 180;
/** Distance in km from p to the polyline, measured in a local equirectangular frame. */
function distanceToPath(p, path) {
  const k = Math.cos(p[1] * RAD);
  let best = Infinity;
  for (let i = 0; i < path.length - 1; i++) {
    const [ax, ay] = [path[i][0] * k, path[i][1]];
    const [bx, by] = [path[i + 1][0] * k, path[i + 1][1]];
    const [px, py] = [p[0] * k, p[1]];
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
    const d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy)) * 111.2;
    if (d < best) best = d;
  }
  return best;
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
      return name in NATURAL_EXTENT
        ? { ...bboxClip(feature, NATURAL_EXTENT[name]), properties: feature.properties }
        : feature;
    });
  return { type: 'FeatureCollection', features };
}

// ---- rivers: WDBII segments, named by proximity to a few points along each river ----
const RIVERS = {
  'Syr Darya': [
    [71.78, 40.93],
    [71.2, 40.85],
    [70.6, 40.55],
    [69.95, 40.32],
    [69.6, 40.28],
    [69.2, 40.45],
    [68.95, 40.75],
    [68.7, 41.05],
    [68.2, 41.25],
    [68.05, 41.7],
    [68.3, 42.25],
    [68.25, 42.6],
    [67.9, 43.0],
    [67.5, 43.5],
    [66.9, 44.1],
    [66.2, 44.55],
    [65.5, 44.8],
    [64.8, 45.0],
    [64.5, 45.1],
    [64.2, 45.3],
    [63.7, 45.7],
    [63.3, 45.6],
    [63.0, 45.7],
    [62.5, 45.7],
    [61.6, 46.05],
    [61.1, 46.15],
  ],
  'Amu Darya': [
    [68.3, 37.1],
    [67.3, 37.2],
    [66.5, 37.5],
    [65.8, 37.9],
    [65.0, 38.5],
    [64.4, 38.9],
    [63.5, 39.2],
    [62.8, 39.9],
    [62.0, 40.4],
    [61.2, 41.3],
    [60.6, 41.6],
    [60.0, 42.1],
    [59.6, 42.45],
    [59.2, 43.0],
    [59.0, 43.6],
  ],
  Ili: [
    [82.5, 43.6],
    [81.3, 43.9],
    [80.3, 44.0],
    [79.2, 43.9],
    [78.0, 43.8],
    [77.1, 43.95],
    [76.2, 44.2],
    [75.2, 44.6],
    [74.6, 45.2],
    [74.4, 45.6],
  ],
  Chu: [
    [75.8, 42.65],
    [75.3, 42.8],
    [74.6, 43.0],
    [73.8, 43.4],
    [73.2, 43.75],
    [72.3, 44.2],
    [71.3, 44.55],
    [70.2, 44.9],
    [69.3, 45.2],
  ],
  Talas: [
    [72.6, 42.45],
    [72.2, 42.5],
    [71.4, 42.9],
    [70.9, 43.5],
    [70.6, 44.2],
    [70.3, 44.6],
  ],
  Irtysh: [
    [88.7, 47.4],
    [87.5, 47.6],
    [86.0, 47.9],
    [84.9, 47.9],
    [83.3, 48.3],
    [82.6, 49.2],
    [82.6, 49.95],
    [81.0, 50.3],
    [80.25, 50.4],
    [78.5, 51.4],
    [77.0, 52.3],
    [75.8, 53.3],
    [74.5, 54.2],
    [73.4, 54.98],
    [73.7, 55.5],
    [74.1, 56.3],
    [74.4, 56.9],
    [73.0, 57.6],
    [71.0, 58.0],
  ],
  Ishim: [
    [73.0, 50.9],
    [71.4, 51.15],
    [70.0, 51.5],
    [68.5, 51.2],
    [66.8, 51.4],
    [66.5, 52.3],
    [67.5, 53.3],
    [68.3, 54.2],
    [69.15, 54.87],
    [69.4, 55.5],
    [69.5, 56.1],
    [70.5, 57.0],
    [71.2, 57.7],
  ],
  Tobol: [
    [62.0, 51.3],
    [62.9, 52.3],
    [63.6, 53.2],
    [64.3, 54.3],
    [65.3, 55.45],
    [66.3, 56.65],
    [67.5, 57.6],
    [68.2, 58.0],
  ],
  Ob: [
    [85.0, 52.5],
    [84.3, 53.0],
    [83.75, 53.35],
    [83.0, 54.2],
    [82.93, 55.03],
    [83.6, 56.0],
    [84.3, 57.0],
    [83.5, 57.8],
  ],
  Karatal: [
    [79.0, 44.9],
    [78.4, 45.05],
    [77.9, 45.3],
    [77.2, 45.8],
    [76.6, 46.2],
  ],
  Lepsy: [
    [80.8, 45.3],
    [79.9, 45.7],
    [79.0, 46.0],
    [78.5, 46.4],
  ],
  Ayagoz: [
    [81.3, 48.4],
    [80.4, 47.95],
    [79.8, 47.4],
    [79.2, 46.9],
  ],
  Naryn: [
    [77.5, 41.5],
    [76.0, 41.43],
    [75.0, 41.5],
    [74.0, 41.4],
    [73.0, 41.8],
    [72.5, 41.5],
    [72.1, 41.1],
    [71.75, 40.95],
  ],
  Zeravshan: [
    [68.5, 39.4],
    [67.6, 39.5],
    [66.95, 39.7],
    [66.2, 39.85],
    [65.4, 40.05],
    [64.6, 39.85],
    [64.0, 39.6],
  ],
  Tarim: [
    [80.9, 40.5],
    [82.0, 40.9],
    [83.5, 41.1],
    [84.5, 41.0],
    [86.0, 41.0],
    [87.2, 40.4],
    [87.8, 39.9],
  ],
  Yenisei: [
    [94.45, 51.72],
    [93.3, 51.6],
    [92.2, 51.8],
    [91.5, 52.6],
    [91.4, 53.7],
    [91.7, 54.6],
    [92.4, 55.4],
    [92.85, 56.0],
    [93.0, 57.0],
  ],
  Selenga: [
    [100.5, 49.3],
    [101.8, 49.2],
    [103.0, 49.4],
    [104.5, 49.7],
    [106.2, 50.2],
    [106.8, 50.9],
    [107.6, 51.8],
    [106.6, 52.2],
  ],
  Orkhon: [
    [101.8, 46.9],
    [102.8, 47.2],
    [103.6, 48.0],
    [104.2, 48.8],
    [105.0, 49.3],
    [106.1, 50.0],
  ],
  Kherlen: [
    [108.4, 48.6],
    [109.0, 47.5],
    [110.7, 47.3],
    [112.5, 47.7],
    [114.5, 48.0],
    [116.7, 48.9],
  ],
  Ural: [
    [59.0, 53.4],
    [58.9, 52.3],
    [58.6, 51.2],
    [57.2, 51.4],
    [56.0, 51.7],
    [55.1, 51.8],
    [53.5, 51.5],
    [52.0, 51.3],
    [51.4, 51.2],
    [51.6, 50.2],
    [51.7, 49.2],
    [51.9, 48.2],
    [51.9, 47.1],
  ],
  Volga: [
    [45.0, 48.4],
    [45.7, 47.9],
    [46.6, 47.2],
    [47.5, 46.7],
    [48.05, 46.35],
    [48.5, 45.9],
  ],
  Emba: [
    [58.0, 48.8],
    [56.9, 48.5],
    [55.5, 47.8],
    [54.0, 47.0],
    [53.3, 46.6],
  ],
  Sarysu: [
    [70.8, 48.5],
    [70.0, 47.4],
    [68.8, 46.3],
    [68.0, 45.5],
  ],
};
const NAME_TOLERANCE_KM = 25;

function rivers() {
  const features = [];
  for (const [level, rank] of [
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 3],
  ]) {
    for (const seg of readSegments(`${dumpDir}/rivers-${level}.txt`)) {
      const coords = seg.coords.map(([x, y]) => [round(x), round(y)]);
      let name = null;
      for (const [river, path] of Object.entries(RIVERS)) {
        const near = coords.filter((p) => distanceToPath(p, path) < NAME_TOLERANCE_KM).length;
        if (near >= 0.7 * coords.length) {
          name = river;
          break;
        }
      }
      // Unnamed minor rivers clutter a zoom 3–7 map: keep the major ones.
      if (!name && rank === 3) continue;
      features.push({
        type: 'Feature',
        properties: { name, rank: name ? 1 : rank },
        geometry: { type: 'LineString', coordinates: coords },
      });
    }
  }
  return { type: 'FeatureCollection', features: joinLines(features) };
}

/** Joins lines of the same name and rank that meet end to end (WDBII cuts them at bins). */
export function joinLines(features) {
  const key = (p) => `${p[0]},${p[1]}`;
  const groups = new Map();
  for (const f of features) {
    const g = `${f.properties.name}|${f.properties.rank}`;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(f.geometry.coordinates);
  }
  const out = [];
  for (const [g, lines] of groups) {
    const [name, rank] = g.split('|');
    const pool = new Set(lines.map((_, i) => i));
    const byEnd = new Map();
    lines.forEach((l, i) => {
      for (const p of [l[0], l[l.length - 1]]) {
        if (!byEnd.has(key(p))) byEnd.set(key(p), []);
        byEnd.get(key(p)).push(i);
      }
    });
    const take = (p) => {
      const i = (byEnd.get(key(p)) ?? []).find((j) => pool.has(j));
      if (i === undefined) return null;
      pool.delete(i);
      const l = lines[i];
      return key(l[0]) === key(p) ? l : l.slice().reverse();
    };
    while (pool.size) {
      const first = pool.values().next().value;
      pool.delete(first);
      let chain = lines[first].slice();
      for (let next; (next = take(chain[chain.length - 1]));) chain = chain.concat(next.slice(1));
      for (let prev; (prev = take(chain[0]));) chain = prev.slice().reverse().concat(chain.slice(1));
      out.push({
        type: 'Feature',
        properties: { name: name === 'null' ? null : name, rank: Number(rank) },
        geometry: { type: 'LineString', coordinates: chain },
      });
    }
  }
  return out;
}

writeFileSync(`${outDir}/water-raw.geojson`, JSON.stringify(water()));
writeFileSync(`${outDir}/rivers-raw.geojson`, JSON.stringify(rivers()));
console.log('wrote water-raw.geojson and rivers-raw.geojson');
