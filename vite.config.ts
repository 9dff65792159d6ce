import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { atlasData, chunkOf } from './geo/build/vite-plugin-atlas.ts';

export default defineConfig({
  // Relative asset URLs: the built atlas works from any folder and any origin.
  base: './',
  plugins: [svelte(), atlasData(), svelteTesting()],
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
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
