// DCW country polygons dumped by `gmt coast -E… -M` → GeoJSON MultiPolygons, one per country.
import { readFileSync, writeFileSync } from 'node:fs';
const features = new Map();
let name = null,
  ring = null;
const flush = () => {
  if (ring && ring.length >= 4) {
    if (!features.has(name)) features.set(name, []);
    features.get(name).push([ring]);
  }
};
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (line.startsWith('>')) {
    flush();
    name = line
      .slice(1)
      .trim()
      .replace(/\s+Segment.*$/, '');
    ring = [];
  } else if (line.trim()) {
    const [x, y] = line.trim().split(/\s+/).map(Number);
    ring.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
  }
}
flush();
writeFileSync(
  process.argv[3],
  JSON.stringify({
    type: 'FeatureCollection',
    features: [...features].map(([n, polys]) => ({
      type: 'Feature',
      properties: { name: n },
      geometry: {
        type: 'MultiPolygon',
        coordinates: polys.map((p) => {
          const r = p[0];
          if (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1]) r.push(r[0]);
          return p;
        }),
      },
    })),
  }),
);
