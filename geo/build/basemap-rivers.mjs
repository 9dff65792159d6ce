// WDBII river segments (dumped by `gmt coast -I<level> -M`) → named, continuous rivers.
//   node geo/build/basemap-rivers.mjs <dumpDir> <out.geojson>
// WDBII has no names. Each named river is traced through the network of all WDBII segments as
// the cheapest path from its first to its last waypoint (RIVERS below), where an edge costs its
// length times a penalty growing with its distance from the waypoint line, so the path follows
// the real river and not a tributary. Gaps where WDBII stops (reservoirs, lakes, bin cuts) are
// bridged by short jumps between segment ends, so each named river is one LineString.
// The rest of the network (levels 1–3, minus what the named rivers took) stays, unnamed.
import { readFileSync, writeFileSync } from 'node:fs';

const [, , dumpDir, outPath] = process.argv;
const RAD = Math.PI / 180;
const round = (n) => Math.round(n * 1000) / 1000;

/** [lon, lat] waypoints from source (or the frame edge) to the mouth; rank 1 = great river. */
export const RIVERS = {
  'Syr Darya': {
    rank: 1,
    path: [
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
  },
  'Amu Darya': {
    rank: 1,
    path: [
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
  },
  Ili: {
    rank: 1,
    path: [
      [82.5, 43.6],
      [81.3, 43.9],
      [80.3, 44.0],
      [79.2, 43.9],
      [78.0, 43.8],
      [77.1, 43.95],
      [76.5, 44.5],
      [76.0, 44.86],
      [75.3, 45.1],
      [74.6, 45.3],
      [74.07, 45.35],
    ],
  },
  Chu: {
    rank: 2,
    path: [
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
  },
  Talas: {
    rank: 2,
    path: [
      [72.6, 42.45],
      [72.2, 42.5],
      [71.4, 42.9],
      [70.9, 43.5],
      [70.6, 44.2],
      [70.3, 44.0],
    ],
  },
  Irtysh: {
    rank: 1,
    path: [
      [88.7, 47.4],
      [87.5, 47.6],
      [86.0, 47.9],
      [84.4, 47.75],
      [83.45, 48.1],
      [83.1, 48.7],
      [83.4, 49.4],
      [83.3, 49.7],
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
  },
  Ishim: {
    rank: 1,
    path: [
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
  },
  Tobol: {
    rank: 1,
    path: [
      [61.0, 51.49],
      [61.6, 51.6],
      [61.56, 52.0],
      [62.0, 52.48],
      [63.0, 52.87],
      [63.5, 53.3],
      [63.77, 54.0],
      [64.3, 54.3],
      [65.3, 55.45],
      [66.3, 56.65],
      [67.5, 57.6],
      [68.2, 58.0],
    ],
  },
  Ob: {
    rank: 1,
    path: [
      [85.0, 52.45],
      [84.0, 52.34],
      [83.64, 53.0],
      [83.82, 53.37],
      [83.0, 53.45],
      [82.0, 53.74],
      [81.33, 53.88],
      [82.0, 54.2],
      [82.65, 54.6],
      [83.02, 54.85],
      [82.95, 55.0],
      [83.0, 55.44],
      [83.87, 56.0],
      [84.0, 56.18],
    ],
  },
  Karatal: {
    rank: 2,
    path: [
      [79.41, 44.92],
      [79.0, 45.0],
      [78.41, 45.0],
      [78.0, 45.09],
      [77.62, 45.56],
      [77.22, 46.0],
      [77.13, 46.46],
    ],
  },
  Lepsy: {
    rank: 2,
    path: [
      [80.6, 45.5],
      [79.7, 46.0],
      [79.0, 46.23],
      [78.34, 46.36],
    ],
  },
  Ayagoz: {
    rank: 2,
    path: [
      [81.64, 47.37],
      [81.0, 47.9],
      [80.57, 48.0],
      [80.0, 47.81],
      [79.7, 47.42],
      [79.57, 47.0],
      [79.26, 46.66],
    ],
  },
  Naryn: {
    rank: 2,
    path: [
      [77.5, 41.5],
      [76.0, 41.43],
      [75.0, 41.5],
      [74.0, 41.4],
      [73.0, 41.8],
      [72.5, 41.5],
      [72.1, 41.1],
      [71.75, 40.95],
    ],
  },
  Zeravshan: {
    rank: 2,
    path: [
      [68.5, 39.4],
      [67.6, 39.5],
      [66.95, 39.7],
      [66.2, 39.85],
      [65.4, 40.05],
      [64.6, 39.85],
      [64.0, 39.6],
    ],
  },
  Tarim: {
    rank: 1,
    path: [
      [80.9, 40.5],
      [82.0, 40.9],
      [83.5, 41.1],
      [84.4, 41.18],
      [85.5, 41.0],
      [86.4, 41.2],
      [87.17, 41.0],
      [88.0, 40.88],
      [89.39, 40.63],
    ],
  },
  Yenisei: {
    rank: 1,
    path: [
      [94.45, 51.72],
      [93.3, 51.6],
      [92.2, 51.8],
      [91.5, 52.6],
      [91.52, 53.72],
      [91.6, 54.6],
      [92.1, 55.15],
      [92.42, 55.5],
      [92.88, 56.0],
      [93.6, 56.38],
      [93.38, 57.0],
    ],
  },
  Selenga: {
    rank: 1,
    path: [
      [100.5, 49.3],
      [101.8, 49.2],
      [103.0, 49.4],
      [104.5, 49.7],
      [106.2, 50.2],
      [106.8, 50.9],
      [107.6, 51.8],
      [106.6, 52.2],
    ],
  },
  Orkhon: {
    rank: 2,
    path: [
      [101.8, 46.9],
      [102.8, 47.2],
      [103.6, 48.0],
      [104.2, 48.8],
      [105.0, 49.3],
      [106.1, 50.0],
    ],
  },
  Kherlen: {
    rank: 2,
    path: [
      [108.4, 48.6],
      [109.0, 47.5],
      [110.7, 47.3],
      [112.5, 47.7],
      [114.5, 48.0],
      [116.7, 48.9],
    ],
  },
  Ural: {
    rank: 1,
    path: [
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
  },
  Volga: {
    rank: 1,
    path: [
      [45.0, 48.4],
      [45.7, 47.9],
      [46.6, 47.2],
      [47.5, 46.7],
      [48.05, 46.35],
      [48.5, 45.9],
    ],
  },
  Emba: {
    rank: 2,
    path: [
      [58.1, 48.8],
      [53.2, 46.55],
    ],
  },
  Sarysu: {
    rank: 2,
    path: [
      [69.43, 48.21],
      [69.0, 47.78],
      [68.47, 47.58],
      [68.0, 47.39],
      [67.81, 47.0],
      [67.37, 46.47],
      [67.17, 46.0],
    ],
  },
};

/** GMT multisegment text → arrays of [lon, lat] */
function readSegments(path) {
  const out = [];
  let cur = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('>')) out.push((cur = []));
    else if (line.trim() && cur) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) cur.push([x, y]);
    }
  }
  return out.filter((c) => c.length >= 2);
}
function km(a, b) {
  const k = Math.cos(((a[1] + b[1]) / 2) * RAD);
  return Math.hypot((a[0] - b[0]) * k, a[1] - b[1]) * 111.2;
}
function distanceToPath(p, path) {
  const k = Math.cos(p[1] * RAD);
  let best = Infinity;
  for (let i = 0; i < path.length - 1; i++) {
    const ax = path[i][0] * k,
      ay = path[i][1],
      bx = path[i + 1][0] * k,
      by = path[i + 1][1];
    const dx = bx - ax,
      dy = by - ay,
      px = p[0] * k,
      py = p[1];
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)) * 111.2);
  }
  return best;
}

// ---- the network: one node per distinct vertex, edges along segments, bridges between ends ----
const LEVELS = [1, 2, 3, 4, 5, 6]; // permanent major, additional major, additional, minor; intermittent major, additional
const segs = [];
for (const level of LEVELS)
  for (const c of readSegments(`${dumpDir}/rivers-${level}.txt`)) segs.push({ level, coords: c });
// Stretches WDBII leaves out because a modern reservoir covers them, drawn by hand (approximate):
// the Irtysh from Lake Zaysan to below the Bukhtarma dam, the Ob below Kamen-na-Obi, the Yenisei
// above Krasnoyarsk;
// and the Emba, missing from WDBII.
const CONNECTORS = [
  // the Emba, which WDBII lacks: an approximate course from the Mugodzhar hills to the Caspian
  [
    [58.1, 48.8],
    [57.5, 48.4],
    [56.8, 48.0],
    [56.0, 47.6],
    [55.2, 47.2],
    [54.4, 46.9],
    [53.6, 46.65],
    [53.2, 46.55],
  ],
  // the Yenisei through the Krasnoyarsk reservoir
  [
    [91.523338674, 53.724727245],
    [91.5, 54.0],
    [91.45, 54.3],
    [91.6, 54.6],
    [91.85, 54.9],
    [92.1, 55.15],
    [92.3, 55.35],
    [92.4161135271, 55.4966659037],
  ],
  // the Ob through the Novosibirsk reservoir (Kamen-na-Obi to the dam)
  [
    [81.3327840085, 53.8814068818],
    [81.6, 54.05],
    [81.95, 54.2],
    [82.3, 54.4],
    [82.65, 54.6],
    [82.9, 54.78],
    [83.0239108873, 54.8477912566],
  ],
  [
    [84.3555352102, 47.726131075],
    [83.9, 47.9],
    [83.45, 48.1],
    [83.15, 48.4],
    [83.05, 48.75],
    [83.25, 49.1],
    [83.45, 49.45],
    [83.3638818952, 49.6422369726],
  ],
];
for (const c of CONNECTORS) segs.push({ level: 0, coords: c });
const nodeId = new Map();
const nodes = [];
const adj = [];
const node = (p) => {
  const key = `${p[0].toFixed(4)},${p[1].toFixed(4)}`;
  let id = nodeId.get(key);
  if (id === undefined) {
    id = nodes.length;
    nodeId.set(key, id);
    nodes.push(p);
    adj.push([]);
  }
  return id;
};
const edgeKey = (a, b) => (a < b ? `${a}:${b}` : `${b}:${a}`);
for (const s of segs) {
  s.ids = s.coords.map(node);
  for (let i = 0; i < s.ids.length - 1; i++) {
    const [a, b] = [s.ids[i], s.ids[i + 1]];
    if (a === b) continue;
    const len = km(nodes[a], nodes[b]);
    adj[a].push({ to: b, len, bridge: false });
    adj[b].push({ to: a, len, bridge: false });
  }
}
// Spatial grid of nodes, 0.2° cells.
const CELL = 0.2;
const grid = new Map();
const cellKey = (x, y) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
nodes.forEach((p, i) => {
  const k = cellKey(p[0], p[1]);
  if (!grid.has(k)) grid.set(k, []);
  grid.get(k).push(i);
});
function near(p, radiusKm) {
  const r = Math.ceil(radiusKm / 111.2 / CELL / Math.cos(p[1] * RAD)) + 1;
  const [cx, cy] = [Math.floor(p[0] / CELL), Math.floor(p[1] / CELL)];
  const out = [];
  for (let dx = -r; dx <= r; dx++)
    for (let dy = -r; dy <= r; dy++)
      for (const i of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
        const d = km(p, nodes[i]);
        if (d <= radiusKm) out.push([i, d]);
      }
  return out.sort((a, b) => a[1] - b[1]);
}
// Bridges: every segment end to the nearest node of each other segment within BRIDGE_KM
// (Kapchagay and Shardara, reservoirs that cut the Ili and the Syr Darya, are ~100 km long).
const BRIDGE_KM = 120;
const segOf = new Map();
segs.forEach((s, si) => s.ids.forEach((id) => segOf.set(id, si)));
segs.forEach((s, si) => {
  for (const end of [s.ids[0], s.ids[s.ids.length - 1]]) {
    const seen = new Set([si]);
    let added = 0;
    for (const [i, d] of near(nodes[end], BRIDGE_KM)) {
      const sj = segOf.get(i);
      if (seen.has(sj)) continue;
      seen.add(sj);
      adj[end].push({ to: i, len: d, bridge: true });
      adj[i].push({ to: end, len: d, bridge: true });
      if (++added >= 12) break;
    }
  }
});

// ---- tracing ----
class Heap {
  constructor() {
    this.a = [];
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i) {
      const p = (i - 1) >> 1;
      if (a[p][0] <= a[i][0]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
  get size() {
    return this.a.length;
  }
}
function trace(name, path) {
  const snap = (p) => {
    const n = near(p, 40)[0];
    if (!n) throw new Error(`rivers: no WDBII river within 40 km of ${name} waypoint ${p}`);
    return n[0];
  };
  const [from, to] = [snap(path[0]), snap(path[path.length - 1])];
  const penalty = new Map();
  const pen = (i) => {
    let v = penalty.get(i);
    if (v === undefined) {
      const d = distanceToPath(nodes[i], path);
      v = d > 60 ? Infinity : 1 + (d / 15) ** 2;
      penalty.set(i, v);
    }
    return v;
  };
  const dist = new Map([[from, 0]]);
  const prev = new Map();
  const heap = new Heap();
  heap.push([0, from]);
  while (heap.size) {
    const [d, u] = heap.pop();
    if (u === to) break;
    if (d > dist.get(u)) continue;
    for (const e of adj[u]) {
      const w = ((e.len * (pen(u) + pen(e.to))) / 2) * (e.bridge ? 6 : 1) + (e.bridge ? 10 : 0);
      if (!Number.isFinite(w)) continue;
      const nd = d + w;
      if (nd < (dist.get(e.to) ?? Infinity)) {
        dist.set(e.to, nd);
        prev.set(e.to, u);
        heap.push([nd, e.to]);
      }
    }
  }
  if (!prev.has(to)) {
    const reached = [...dist.keys()].map((i) => nodes[i]);
    const last = path.findLastIndex((w) => reached.some((p) => km(p, w) < 25));
    throw new Error(
      `rivers: could not trace ${name}: got near waypoint ${last} ${path[last]} but not to ${path[last + 1]}`,
    );
  }
  const ids = [to];
  while (ids[ids.length - 1] !== from) ids.push(prev.get(ids[ids.length - 1]));
  return ids.reverse();
}

const used = new Set();
const features = [];
for (const [name, { rank, path }] of Object.entries(RIVERS)) {
  const ids = trace(name, path);
  for (let i = 0; i < ids.length - 1; i++) used.add(edgeKey(ids[i], ids[i + 1]));
  const coords = ids.map((i) => [round(nodes[i][0]), round(nodes[i][1])]);
  const lengthKm = coords.reduce((a, p, i) => (i ? a + km(coords[i - 1], p) : 0), 0);
  const bridged = ids.reduce(
    (a, id, i) =>
      a +
      (i && !adj[ids[i - 1]].some((e) => e.to === id && !e.bridge) ? km(nodes[ids[i - 1]], nodes[id]) : 0),
    0,
  );
  const jumps = ids
    .slice(1)
    .map((id, i) => [ids[i], id])
    .filter(([a, b]) => !adj[a].some((e) => e.to === b && !e.bridge))
    .map(([a, b]) => `${Math.round(km(nodes[a], nodes[b]))}km@${nodes[a].map((v) => v.toFixed(2))}`);
  console.log(
    `  ${name.padEnd(10)} ${Math.round(lengthKm)} km, ${Math.round(bridged)} km bridged ${jumps.filter((j) => parseInt(j) >= 5).join(' ')}`,
  );
  features.push({
    type: 'Feature',
    properties: { name, rank },
    geometry: { type: 'LineString', coordinates: coords },
  });
}

// Unnamed rivers: WDBII levels 1–3, without the stretches the named rivers took.
const RANK = { 1: 2, 2: 2, 3: 3 };
const unnamed = [];
for (const s of segs) {
  if (!RANK[s.level]) continue;
  let run = [];
  const flush = () => {
    if (run.length >= 2) unnamed.push({ rank: RANK[s.level], coords: run });
    run = [];
  };
  for (let i = 0; i < s.ids.length; i++) {
    if (i && used.has(edgeKey(s.ids[i - 1], s.ids[i]))) {
      flush();
    }
    run.push([round(s.coords[i][0]), round(s.coords[i][1])]);
  }
  flush();
}
// Join unnamed runs of the same rank end to end (WDBII cuts rivers at bin edges).
const key = (p) => `${p[0]},${p[1]}`;
for (const rank of [2, 3]) {
  const lines = unnamed.filter((u) => u.rank === rank).map((u) => u.coords);
  const byEnd = new Map();
  lines.forEach((l, i) => {
    for (const p of [l[0], l[l.length - 1]]) {
      if (!byEnd.has(key(p))) byEnd.set(key(p), []);
      byEnd.get(key(p)).push(i);
    }
  });
  const pool = new Set(lines.map((_, i) => i));
  const take = (p) => {
    const i = (byEnd.get(key(p)) ?? []).find((j) => pool.has(j));
    if (i === undefined) return null;
    pool.delete(i);
    return key(lines[i][0]) === key(p) ? lines[i] : lines[i].slice().reverse();
  };
  while (pool.size) {
    const first = pool.values().next().value;
    pool.delete(first);
    let chain = lines[first].slice();
    for (let n; (n = take(chain[chain.length - 1]));) chain = chain.concat(n.slice(1));
    for (let p; (p = take(chain[0]));) chain = p.slice().reverse().concat(chain.slice(1));
    features.push({
      type: 'Feature',
      properties: { name: null, rank },
      geometry: { type: 'LineString', coordinates: chain },
    });
  }
}
writeFileSync(outPath, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(
  `wrote ${outPath}: ${Object.keys(RIVERS).length} named rivers, ${features.length - Object.keys(RIVERS).length} unnamed lines`,
);
