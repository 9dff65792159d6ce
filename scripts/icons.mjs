#!/usr/bin/env node
// Draws the app icons in public/ (the web app manifest's and the page's): a small map in the
// atlas's colours, Kazakh and Dzungar lands, a lake, a march and a town. Rasterised by the same
// Chromium as the tests, so nothing else is needed:  node scripts/icons.mjs
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const PAPER = '#f1e9d6';
const INK = '#2b2620';

/** The emblem on a 512 × 512 square; `scale` shrinks the map about the centre. */
function emblem({ scale, rounded }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <defs><clipPath id="map"><rect x="56" y="56" width="400" height="400" rx="36"/></clipPath></defs>
  <rect width="512" height="512" rx="${rounded ? 104 : 0}" fill="${PAPER}"/>
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <g clip-path="url(#map)">
      <rect x="56" y="56" width="400" height="400" fill="#c4b4d6"/>
      <path d="M178 40 C 200 110, 268 150, 250 215 S 215 305, 282 360 S 330 420, 318 480 L 480 480 L 480 40 Z"
        fill="#e2b49c" stroke="#b5532f" stroke-width="12" stroke-linejoin="round"/>
      <path d="M178 40 C 200 110, 268 150, 250 215 S 215 305, 282 360 S 330 420, 318 480"
        fill="none" stroke="#6a4c9c" stroke-width="5" stroke-dasharray="2 14" stroke-linecap="round" transform="translate(-9 0)"/>
      <path d="M92 150 C 120 118, 170 112, 206 134 C 176 132, 140 144, 112 170 C 100 178, 86 168, 92 150 Z"
        fill="#a9cfdc" stroke="#6d9db0" stroke-width="5"/>
      <path d="M408 116 C 360 170, 300 210, 270 268 C 250 306, 232 326, 214 338"
        fill="none" stroke="${PAPER}" stroke-width="26" stroke-linecap="round" opacity="0.8"/>
      <path d="M408 116 C 360 170, 300 210, 270 268 C 254 298, 242 314, 232 324"
        fill="none" stroke="#b5532f" stroke-width="16" stroke-dasharray="30 16" stroke-linecap="round"/>
      <path d="M196 356 L 214 300 L 252 344 Z" fill="${INK}"/>
      <circle cx="170" cy="384" r="26" fill="#b5532f" stroke="#ffffff" stroke-width="9"/>
    </g>
    <rect x="56" y="56" width="400" height="400" rx="36" fill="none" stroke="${INK}" stroke-width="10"/>
  </g>
</svg>
`;
}

const ICONS = [
  // Any shape: the map fills most of a rounded tile, transparent at the corners.
  { file: 'icon.svg', svg: emblem({ scale: 1.08, rounded: true }) },
  { file: 'icon-192.png', size: 192, svg: emblem({ scale: 1.08, rounded: true }), transparent: true },
  { file: 'icon-512.png', size: 512, svg: emblem({ scale: 1.08, rounded: true }), transparent: true },
  // Maskable: paper to the edges, the map inside the central safe circle (radius 40 %).
  { file: 'icon-maskable-512.png', size: 512, svg: emblem({ scale: 0.76, rounded: false }) },
  { file: 'icon-maskable-192.png', size: 192, svg: emblem({ scale: 0.76, rounded: false }) },
  // iOS home screen: square and opaque (iOS rounds it).
  { file: 'apple-touch-icon.png', size: 180, svg: emblem({ scale: 0.9, rounded: false }) },
];

const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const icon of ICONS) {
  if (!icon.size) {
    writeFileSync(`public/${icon.file}`, icon.svg);
    continue;
  }
  await page.setViewportSize({ width: icon.size, height: icon.size });
  const svg = icon.svg.replace('width="512" height="512"', `width="${icon.size}" height="${icon.size}"`);
  await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${svg}</body>`);
  await page.screenshot({ path: `public/${icon.file}`, omitBackground: Boolean(icon.transparent) });
  console.log(`public/${icon.file}`);
}
await browser.close();
