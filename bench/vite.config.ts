// Builds the benchmark's baseline page (bench/index.html) with the atlas's own data plugin.
import { defineConfig } from 'vite';
import { atlasData, chunkOf } from '../geo/build/vite-plugin-atlas.ts';
import { compress } from '../scripts/compress.mjs';

export default defineConfig({
  root: 'bench',
  base: './',
  // The atlas's public/ folder: the baselines draw the same relief tiles.
  publicDir: '../public',
  // Served compressed as the atlas is, so that bytes and paints compare like with like.
  plugins: [atlasData({ firstPaint: false }), compress()],
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks: chunkOf,
      },
    },
  },
});
