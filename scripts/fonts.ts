// npm run fonts: cuts the small "core" file of each face (what English text needs, CORE_RANGE in
// src/lib/ui/fontRanges.ts) out of @fontsource/noto-serif's latin file, with harfbuzz (subset-font),
// and writes it with its licence to src/assets/fonts/. Run it after changing CORE_RANGE or updating
// @fontsource/noto-serif; the files are committed.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { CORE_RANGE, codePoints } from '../src/lib/ui/fontRanges.ts';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-serif/package.json'));
const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
  version: string;
};
const out = new URL('../src/assets/fonts/', import.meta.url).pathname;
const FACES = ['400-normal', '700-normal', '400-italic'];
// Copyright (0), licence description (13) and licence URL (14) stay in the file, as the OFL asks.
const KEEP_NAME_IDS = [0, 13, 14];
// The OpenType features browsers (and MapLibre's canvas) apply by default, and those our CSS asks
// for (font-variant-numeric: lining-nums tabular-nums; font-variant: small-caps): keeping every
// feature's alternate glyphs would add about 1 KB a face that English text never shows.
const KEEP_FEATURES = ['ccmp', 'locl', 'rvrn', 'rlig', 'liga', 'clig', 'calt', 'kern', 'mark', 'mkmk'];
const KEEP_FEATURES_ASKED = ['lnum', 'tnum', 'smcp'];

await mkdir(out, { recursive: true });
const text = String.fromCodePoint(...codePoints(CORE_RANGE));
const written: string[] = [];
for (const face of FACES) {
  const source = join(packageDir, 'files', `noto-serif-latin-${face}.woff2`);
  const core = await subsetFont(await readFile(source), text, {
    targetFormat: 'woff2',
    preserveNameIds: KEEP_NAME_IDS,
    keepFeatures: [...KEEP_FEATURES, ...KEEP_FEATURES_ASKED],
  });
  const name = `noto-serif-core-${face}.woff2`;
  await writeFile(join(out, name), core);
  written.push(`- ${name}: ${core.length} bytes, from files/noto-serif-latin-${face}.woff2`);
}
await copyFile(join(packageDir, 'LICENSE'), join(out, 'OFL.txt'));
await writeFile(
  join(out, 'README.md'),
  `# Font files made for the atlas

Written by \`npm run fonts\` (scripts/fonts.ts); do not edit by hand.

Source: @fontsource/noto-serif ${version} (Noto Serif, © The Noto Project Authors), licensed under the
SIL Open Font License 1.1: the licence text as the package ships it is [OFL.txt](OFL.txt).

Each file is the package's latin file cut by harfbuzz (subset-font) to the code points of
\`CORE_RANGE\` in src/lib/ui/fontRanges.ts:

\`${CORE_RANGE}\`

${written.join('\n')}
`,
);
console.log(written.join('\n'));
