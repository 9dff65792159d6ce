// Renders geo/basemap/*.geojson to an SVG for a visual check (not part of the build).
//   node geo/build/basemap-preview.mjs /tmp/basemap.svg [lon0 lon1 lat0 lat1]
//   chromium --headless --no-sandbox --disable-gpu --screenshot=/tmp/basemap.png --window-size=1600,1000 /tmp/basemap.svg
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../basemap/', import.meta.url);
const load = (f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const [, , out = '/tmp/basemap.svg', ...box] = process.argv;
const [x0, x1, y0, y1] = box.length === 4 ? box.map(Number) : [45, 120, 26, 58];
const W = 1600;
const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
const s = W / ((x1 - x0) * k);
const H = Math.round((y1 - y0) * s);
const P = ([x, y]) => `${((x - x0) * k * s).toFixed(1)},${((y1 - y) * s).toFixed(1)}`;
const path = (g) => {
  const line = (c, close) => 'M' + c.map(P).join('L') + (close ? 'Z' : '');
  switch (g.type) {
    case 'LineString':
      return line(g.coordinates);
    case 'MultiLineString':
      return g.coordinates.map((c) => line(c)).join('');
    case 'Polygon':
      return g.coordinates.map((c) => line(c, true)).join('');
    case 'MultiPolygon':
      return g.coordinates
        .flat()
        .map((c) => line(c, true))
        .join('');
  }
  return '';
};
const mid = (g) => {
  if (g.type === 'Point') return g.coordinates;
  const pts =
    g.type === 'LineString' ? g.coordinates : g.type === 'Polygon' ? g.coordinates[0] : g.coordinates.flat(2);
  if (g.type === 'LineString') return pts[Math.floor(pts.length / 2)];
  const xs = pts.map((p) => p[0]),
    ys = pts.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
};
const label = (g, text, cls) => {
  const [x, y] = P(mid(g)).split(',');
  return `<text x="${x}" y="${y}" class="${cls}">${text}</text>`;
};
const palette = ['#e41a1c', '#377eb8', '#4daf4a', '#984ea3', '#ff7f00', '#a65628', '#f781bf', '#1b9e77'];
const parts = [];
for (const f of load('range-labels.geojson').features) parts.push(label(f.geometry, f.properties.name, 'rl'));
for (const f of load('borders-modern.geojson').features)
  parts.push(`<path d="${path(f.geometry)}" class="border"/>`);
for (const f of load('water.geojson').features)
  parts.push(`<path d="${path(f.geometry)}" class="${f.properties.kind}"/>`);
let i = 0;
for (const f of load('rivers.geojson').features) {
  const { name, rank } = f.properties;
  const color = name ? palette[i++ % palette.length] : '#6a9fcf';
  parts.push(`<path d="${path(f.geometry)}" class="river r${rank}" style="stroke:${color}"/>`);
  if (name) parts.push(label(f.geometry, name, 'nl'));
}
for (const f of load('water.geojson').features)
  if (f.properties.name) parts.push(label(f.geometry, f.properties.name, 'wl'));
const grid = [];
for (let x = Math.ceil(x0 / 5) * 5; x <= x1; x += 5)
  grid.push(
    `<path d="M${P([x, y0])}L${P([x, y1])}" class="grid"/><text x="${P([x, y0]).split(',')[0]}" y="${H - 4}" class="gl">${x}E</text>`,
  );
for (let y = Math.ceil(y0 / 5) * 5; y <= y1; y += 5)
  grid.push(
    `<path d="M${P([x0, y])}L${P([x1, y])}" class="grid"/><text x="2" y="${P([x0, y]).split(',')[1]}" class="gl">${y}N</text>`,
  );
writeFileSync(
  out,
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<style>
 svg{background:#f4efe2} .range{fill:#b08d57;fill-opacity:.35;stroke:#8a6a3a;stroke-width:.6}
 .border{fill:none;stroke:#999;stroke-width:.7;stroke-dasharray:4 2} .lake,.sea{fill:#9cc3e6;stroke:#3d7ab8;stroke-width:.5}
 .river{fill:none} .r1{stroke-width:1.6} .r2{stroke-width:1} .r3{stroke-width:.5}
 .grid{stroke:#0002;stroke-width:.5} text{font:11px sans-serif} .gl{fill:#777} .wl{fill:#0b3d75;font-weight:bold}
 .nl{fill:#a00;font-style:italic} .rl{fill:#6b4a1a;font-size:12px}
</style>
${grid.join('\n')}
${parts.join('\n')}
</svg>`,
);
console.log(`wrote ${out} (${W}x${H})`);
