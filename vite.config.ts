import { availableParallelism } from 'node:os';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { atlasData, chunkOf } from './geo/build/vite-plugin-atlas.ts';
import { compress } from './scripts/compress.mjs';

/**
 * The standalone page's service worker (Workbox generateSW): after one visit every file the atlas
 * can show is in the browser, so it opens and works with the network off. Registered only by
 * src/main.ts, never by the embeds; a new version waits for the reader's "Reload" (registerType
 * 'prompt'). The manifest and icons are static files in public/.
 */
const offline = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  filename: 'sw.js',
  workbox: {
    // Code, the MapLibre worker (.mjs), the fonts, data, language chunks, open data, icons and any
    // raster layers (relief tiles, map images) added under public/.
    globPatterns: ['**/*.{html,js,mjs,css,json,geojson,csv,md,woff2,png,jpg,jpeg,webp,svg,webmanifest}'],
    // MapLibre's chunk is about 1.1 MB; room for raster images too.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // Views live in the query (?year=1684&place=sayram&lang=kk): any query opens the same file,
    // so /?year=… is index.html and embed.html?… stays embed.html. No fallback page is needed.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: null,
    // The first pictures (one per year, language and frame) are for a first visit; offline, the
    // page opens from the cache fast enough without them.
    globIgnores: ['posters/**'],
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  // Relative asset URLs: the built atlas works from any folder and any origin.
  base: './',
  // compress() last: it writes .br/.gz copies once the bundle and the service worker are on disk.
  plugins: [svelte(), atlasData(), offline, svelteTesting(), compress()],
  // MapLibre 6 ships its worker separately; pre-bundling breaks the worker URL (DESIGN.md).
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // The standalone page, the iframe embed, and the one-tag embed whose file name is stable.
      input: { index: 'index.html', embed: 'embed.html', 'war-atlas': 'src/war-atlas.ts' },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'war-atlas' ? 'war-atlas.js' : 'assets/[name]-[hash].js'),
        manualChunks: chunkOf,
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'geo/build/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/globalSetup.ts'],
    environment: 'node',
    // Threads, one per core: the files are small and start-up is most of their cost; Vitest's
    // default (forks, one core left free) took 73 s on a 2-core machine, this 44 s.
    pool: 'threads',
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
