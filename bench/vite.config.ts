// Builds the benchmark's baseline page (bench/index.html) with the atlas's own data plugin.
import { defineConfig } from 'vite';
import { atlasData, chunkOf } from '../geo/build/vite-plugin-atlas.ts';

export default defineConfig({
  root: 'bench',
  base: './',
  // The atlas's public/ folder: the baselines draw the same relief tiles.
  publicDir: '../public',
  plugins: [atlasData()],
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
